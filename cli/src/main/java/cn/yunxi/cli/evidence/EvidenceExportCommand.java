package cn.yunxi.cli.evidence;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.index.EvidenceView;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.IndexNotFoundException;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CustodyAction;
import cn.yunxi.sdk.proof.EvidencePackage;
import cn.yunxi.sdk.proof.EvidencePackageExporter;
import cn.yunxi.sdk.tx.Inclusion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yunxi evidence export ID --out PKG}: the evidence package of a deposit, as the auditor's
 * scenario exports it; the export is recorded on chain (custody) before the file is written.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the evidence package of a deposited record: the record, its event, the receipt with"
          + " its proof and the block header — what `evidence verify-package` checks offline.",
      "The export is recorded on chain as custody (导出留痕) by the acting member (an AUDITOR, or a"
          + " member of a department entitled to the case) unless --no-custody."
    })
public final class EvidenceExportCommand extends UserCommand {
  @Parameters(
      index = "0",
      paramLabel = "EVIDENCE-ID",
      converter = Args.Id.class,
      description = "the evidence id")
  Bytes32 evidenceId;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PKG",
      description = "where to write the package (JSON)")
  Path out;

  @Option(names = "--force", description = "overwrite --out if it exists")
  boolean force;

  @Option(names = "--no-custody", description = "do not record the export on chain")
  boolean noCustody;

  @Override
  protected int run(Session s) throws IOException {
    if (!noCustody && s.actor().isEmpty()) {
      throw CliException.usage(
          "the export is recorded on chain: give --as MEMBER or --key KEYREF (or --no-custody)");
    }
    if (Files.exists(out) && !force) {
      throw new CliException(out + " exists: choose another --out, or --force");
    }
    IndexClient index = s.caughtUpIndex();
    EvidenceView view;
    try {
      view = index.evidence(evidenceId).data();
    } catch (IndexNotFoundException e) {
      throw new CliException(
          s.reader().evidence().isDeposited(evidenceId)
              ? "the index at " + s.indexUrl() + " does not show evidence " + evidenceId
              : "unknown evidence " + evidenceId + ": no such record on chain");
    }
    if (!"DEPOSIT".equals(view.source())) {
      throw new CliException(
          evidenceId + " is an item of an anchored batch: export it with the SDK");
    }
    Session.Connection c = s.connection();
    EvidencePackage pkg;
    try (EvidencePackageExporter exporter =
        EvidencePackageExporter.connect(
            c.rpc().toString(), c.chainId(), c.contracts().evidence())) {
      pkg = exporter.exportDeposit(view.transactionHash(), evidenceId);
    }
    byte[] json = pkg.toJson();
    Inclusion custody = null;
    if (!noCustody) {
      custody =
          s.client()
              .evidence()
              .recordAccess(
                  evidenceId,
                  view.caseId(),
                  CustodyAction.EXPORTED,
                  Args.sha256(pkg.toJsonString()));
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(
        out,
        json,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    Map<String, Object> result = object();
    result.put("package", out.toString());
    result.put("evidenceId", evidenceId);
    result.put("case", view.caseId());
    result.put("sha256", view.contentSha256());
    result.put("chainId", pkg.chainId());
    result.put("block", pkg.blockNumber());
    result.put("blockHash", pkg.blockHash());
    result.put("custody", custody == null ? null : tx(custody));
    Inclusion recorded = custody;
    print(
        result,
        o -> {
          o.println(
              "exported evidence "
                  + evidenceId
                  + " to "
                  + out
                  + " ("
                  + json.length / 1024
                  + " KiB)");
          o.println(
              "  case " + view.caseId() + ", block " + pkg.blockNumber() + " " + pkg.blockHash());
          o.println(
              recorded == null
                  ? "  export not recorded on chain (--no-custody)"
                  : "  export recorded by "
                      + s.requireActor().describe()
                      + ", "
                      + Show.where(recorded));
        });
    return 0;
  }
}
