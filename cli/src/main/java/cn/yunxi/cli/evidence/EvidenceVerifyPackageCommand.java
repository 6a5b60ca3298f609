package cn.yunxi.cli.evidence;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.proof.CanonicalChain;
import cn.yunxi.sdk.proof.EvidencePackage;
import cn.yunxi.sdk.proof.EvidenceVerifier;
import cn.yunxi.sdk.proof.TrustAnchor;
import cn.yunxi.sdk.proof.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yunxi evidence verify-package PKG FILE}: the SDK's verifier on a package and the file it
 * is about. Exit code 0 only for VERIFIED; anything else (a changed file, a broken proof, an anchor
 * that does not know the block, no anchor at all) is exit code 1 with the reason.
 */
@Command(
    name = "verify-package",
    mixinStandardHelpOptions = true,
    description = {
      "Verify an evidence package and the file it is about: the file's SHA-256 and SM3 against the"
          + " record, every link of the package (record → event → receipt → block header), and a"
          + " trust anchor for the block.",
      "Anchors: --block-hash (hashes you trust, offline), --validators (the QBFT validator set,"
          + " offline), else the connected node's canonical chain; --offline without either leaves"
          + " it UNANCHORED, which is not verified. Exit code 0 only for VERIFIED."
    })
public final class EvidenceVerifyPackageCommand extends UserCommand {
  @Parameters(index = "0", paramLabel = "PKG", description = "the evidence package (JSON)")
  Path packageFile;

  @Parameters(
      index = "1",
      paramLabel = "FILE",
      description = "the evidence file the package is about")
  Path file;

  @Option(
      names = "--block-hash",
      paramLabel = "HASH",
      split = ",",
      converter = Args.Id.class,
      description = "trusted block hashes (repeatable or comma-separated)")
  List<Bytes32> blockHashes = new ArrayList<>();

  @Option(
      names = "--validators",
      paramLabel = "ADDRESS",
      split = ",",
      description = "the validator set (QBFT commit seals)")
  List<String> validators = new ArrayList<>();

  @Option(
      names = "--offline",
      description = "never ask a node: only --block-hash or --validators anchor the block")
  boolean offline;

  @Override
  protected int run(Session s) throws IOException {
    if (!Files.isRegularFile(packageFile)) {
      throw new CliException("no such package: " + packageFile);
    }
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such file: " + file);
    }
    EvidencePackage pkg = EvidencePackage.parse(Files.readAllBytes(packageFile));
    Verification result;
    String anchorText;
    CanonicalChain node = null;
    try {
      TrustAnchor anchor;
      if (!blockHashes.isEmpty() || !validators.isEmpty()) {
        if (!blockHashes.isEmpty() && !validators.isEmpty()) {
          throw CliException.usage("--block-hash and --validators are two anchors: give one");
        }
        Session.Trusted trusted = s.trusted();
        anchor =
            blockHashes.isEmpty()
                ? TrustAnchor.validators(trusted.chainId(), trusted.evidence(), addresses())
                : TrustAnchor.blockHashes(trusted.chainId(), trusted.evidence(), blockHashes);
        anchorText =
            blockHashes.isEmpty()
                ? validators.size() + " validators"
                : blockHashes.size() + " trusted block hash(es)";
      } else if (offline) {
        anchor = TrustAnchor.none();
        anchorText = "none (--offline)";
      } else {
        Session.Connection c = s.connection();
        node = CanonicalChain.connect(c.rpc().toString());
        anchor = TrustAnchor.canonicalChain(c.contracts().evidence(), node);
        anchorText = "the canonical chain of " + c.rpc();
      }
      result = EvidenceVerifier.of(anchor).verify(pkg, file);
    } finally {
      if (node != null) {
        node.close();
      }
    }
    Map<String, Object> json = object();
    json.put("package", packageFile.toString());
    json.put("file", file.toString());
    json.put("verdict", result.verdict());
    json.put("reason", result.reason());
    json.put("anchor", anchorText);
    json.put("chainId", pkg.chainId());
    json.put("block", pkg.blockNumber());
    json.put("blockHash", pkg.blockHash());
    json.put("blockTime", pkg.blockTime());
    json.put("case", pkg.item().caseId());
    json.put("sha256", pkg.item().contentSha256());
    String anchored = anchorText;
    print(
        json,
        out -> {
          out.println(result.verdict() + ": " + result.reason());
          out.println("  file    " + file);
          out.println("  record  sha256 " + pkg.item().contentSha256());
          out.println("  case    " + pkg.item().caseId());
          out.println(
              "  block   "
                  + pkg.blockNumber()
                  + " "
                  + pkg.blockHash()
                  + " at "
                  + Show.time(pkg.blockTime()));
          out.println("  anchor  " + anchored);
        });
    if (!result.isVerified()) {
      throw new CliException(result.verdict() + ": " + result.reason());
    }
    return 0;
  }

  private List<Address> addresses() {
    List<Address> out = new ArrayList<>();
    for (String v : validators) {
      try {
        out.add(Address.fromHex(v.strip()));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--validators: not an address: " + v);
      }
    }
    return out;
  }
}
