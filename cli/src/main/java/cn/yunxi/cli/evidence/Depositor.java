package cn.yunxi.cli.evidence;

import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.CaseRef;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.EvidenceOperations;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.crypto.SealedEvidence;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceKind;
import cn.yunxi.sdk.model.EvidenceRecord;
import cn.yunxi.sdk.model.NewEvidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Deposits files into one case: hashes, encrypts to the readers into the department's blob store
 * (EvidenceIntake: the plaintext never leaves this machine) and deposits the digests and the blob
 * reference. A file whose content is already on chain in the case is reported, not sealed again —
 * so a directory can be deposited again after an interruption.
 */
final class Depositor {
  private static final Map<String, EvidenceKind> KINDS =
      Map.ofEntries(
          Map.entry("jpg", EvidenceKind.PHOTO),
          Map.entry("jpeg", EvidenceKind.PHOTO),
          Map.entry("png", EvidenceKind.PHOTO),
          Map.entry("heic", EvidenceKind.PHOTO),
          Map.entry("gif", EvidenceKind.PHOTO),
          Map.entry("bmp", EvidenceKind.PHOTO),
          Map.entry("webp", EvidenceKind.PHOTO),
          Map.entry("tif", EvidenceKind.PHOTO),
          Map.entry("tiff", EvidenceKind.PHOTO),
          Map.entry("mp4", EvidenceKind.VIDEO),
          Map.entry("mov", EvidenceKind.VIDEO),
          Map.entry("avi", EvidenceKind.VIDEO),
          Map.entry("mkv", EvidenceKind.VIDEO),
          Map.entry("mp3", EvidenceKind.AUDIO),
          Map.entry("wav", EvidenceKind.AUDIO),
          Map.entry("m4a", EvidenceKind.AUDIO),
          Map.entry("amr", EvidenceKind.AUDIO),
          Map.entry("pdf", EvidenceKind.DOCUMENT),
          Map.entry("doc", EvidenceKind.DOCUMENT),
          Map.entry("docx", EvidenceKind.DOCUMENT),
          Map.entry("txt", EvidenceKind.DOCUMENT),
          Map.entry("ofd", EvidenceKind.DOCUMENT));

  private final EvidenceOperations evidence;
  private final EvidenceIntake intake;
  private final CaseRef caseRef;
  private final List<Recipient> readers;
  private final EvidenceKind kind;

  /**
   * @param kind the kind of every file, or null to tell it by the file's extension
   */
  Depositor(
      EvidenceOperations evidence,
      EvidenceIntake intake,
      CaseRef caseRef,
      List<Recipient> readers,
      EvidenceKind kind) {
    this.evidence = evidence;
    this.intake = intake;
    this.caseRef = caseRef;
    this.readers = List.copyOf(readers);
    this.kind = kind;
  }

  /**
   * One file's deposit.
   *
   * @param file the file
   * @param evidenceId its record's id
   * @param sha256 its content's SHA-256
   * @param kind the evidence kind deposited
   * @param sealed the encrypted blob, or null when the content was on chain already
   * @param deposit the deposit, or null when the content was on chain already
   */
  record Item(
      Path file,
      Bytes32 evidenceId,
      Bytes32 sha256,
      EvidenceKind kind,
      SealedEvidence sealed,
      Deposit deposit) {
    boolean alreadyDeposited() {
      return deposit == null || deposit.alreadyDeposited();
    }
  }

  /** Deposits {@code file}; the future completes once it is on chain. */
  CompletableFuture<Item> deposit(Path file) {
    Bytes32 sha256 = Args.sha256(file);
    Bytes32 id = EvidenceRecord.evidenceIdOf(caseRef.id(), sha256, Bytes32.ZERO);
    EvidenceKind k = kind != null ? kind : kindOf(file);
    if (evidence.isDeposited(id)) {
      return CompletableFuture.completedFuture(new Item(file, id, sha256, k, null, null));
    }
    SealedEvidence sealed = intake.seal(file, readers);
    NewEvidence item =
        new NewEvidence(
            caseRef.id(),
            sealed.sha256(),
            sealed.sm3(),
            k.code(),
            sealed.blobRef().toBytes32(),
            Args.sha256("meta:" + file.getFileName() + "|" + sealed.plaintextSize()));
    return evidence
        .depositAsync(item)
        .thenApply(d -> new Item(file, d.evidenceId(), sealed.sha256(), k, sealed, d));
  }

  static EvidenceKind kindOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return KINDS.getOrDefault(extension, EvidenceKind.OTHER);
  }
}
