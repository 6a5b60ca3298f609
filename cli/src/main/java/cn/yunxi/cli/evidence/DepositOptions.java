package cn.yunxi.cli.evidence;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.CaseRef;
import cn.yunxi.cli.user.Session;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.EvidenceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of both deposit commands: the case, the kind, who may read, where blobs go. */
final class DepositOptions {
  @Option(
      names = "--case",
      paramLabel = "CASE",
      converter = Args.Case.class,
      defaultValue = "${env:YUNXI_CASE}",
      description = "the case number or id (default $YUNXI_CASE)")
  CaseRef caseRef;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "PHOTO, VIDEO, AUDIO, DOCUMENT, WITNESS_STATEMENT, … (default: by extension)")
  EvidenceKind kind;

  @Option(
      names = "--reader",
      paramLabel = "CODE",
      converter = Args.Department.class,
      description =
          "also encrypt to this department (repeatable); always to your own department and, in the"
              + " dev consortium, to the supervisor's")
  List<String> readers = new ArrayList<>();

  @Option(
      names = "--blobs",
      paramLabel = "DIR",
      description = "your department's blob directory (default: the one its dev gateway serves)")
  Path blobs;

  /** The depositor for these options, after checking that the case exists. */
  Depositor depositor(Session s) {
    if (caseRef == null) {
      throw CliException.usage("which case? give --case CASE (or set YUNXI_CASE)");
    }
    if (s.client().cases().statusOf(caseRef.id()) == CaseStatus.NONE) {
      throw new CliException(
          "unknown case " + caseRef.describe() + ": open it first (`yunxi case open`)");
    }
    List<String> codes = new ArrayList<>();
    codes.add(s.department());
    codes.addAll(s.auditorDepartments());
    codes.addAll(readers);
    return new Depositor(
        s.client().evidence(),
        EvidenceIntake.create(s.blobStore(blobs)),
        caseRef,
        s.readers(codes),
        kind);
  }

  /** One deposited file as JSON. */
  static Map<String, Object> json(Depositor.Item item) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("file", item.file().toString());
    m.put("evidenceId", item.evidenceId());
    m.put("sha256", item.sha256());
    m.put("kind", item.kind());
    m.put("alreadyDeposited", item.alreadyDeposited());
    if (item.sealed() != null) {
      m.put("sm3", item.sealed().sm3());
      m.put("size", item.sealed().plaintextSize());
      m.put("blobRef", item.sealed().blobRef().hex());
      m.put("cipherSuite", item.sealed().cipherSuite());
    }
    if (item.deposit() != null) {
      m.put("transaction", item.deposit().inclusion().transactionHash());
      m.put("block", item.deposit().inclusion().blockNumber());
    }
    return m;
  }

  /** One deposited file as a line of text. */
  static String line(Depositor.Item item) {
    String name = item.file().getFileName().toString();
    if (item.alreadyDeposited()) {
      return name + ": already on chain in this case, evidence " + item.evidenceId();
    }
    return name
        + ": evidence "
        + item.evidenceId()
        + " ("
        + item.kind()
        + ", "
        + item.sealed().plaintextSize()
        + " bytes, sha256 "
        + item.sha256()
        + ", block "
        + item.deposit().inclusion().blockNumber()
        + ")";
  }
}
