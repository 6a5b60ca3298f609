package cn.yunxi.demo;

import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.crypto.SealedEvidence;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceKind;
import cn.yunxi.sdk.model.NewEvidence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scenarios of one run share: the environment, the cast, the narrator, the run's id (in
 * every case number, so that a second run opens new cases), a scratch directory and the cases
 * played so far.
 */
final class DemoContext {
  final DemoEnvironment env;
  final Cast cast;
  final Narrator narrator;
  final String runId;
  final Path scratch;
  final List<PlayedCase> cases = new ArrayList<>();

  DemoContext(DemoEnvironment env, Cast cast, Narrator narrator, String runId, Path scratch) {
    this.env = env;
    this.cast = cast;
    this.narrator = narrator;
    this.runId = runId;
    this.scratch = scratch;
  }

  /**
   * Hashes (SHA-256 and SM3) and encrypts {@code content} to {@code readers} through the SDK intake
   * into the blob directory of {@code who}'s department, then deposits it: the step is printed.
   */
  Sealed deposit(
      Actor who,
      Bytes32 caseId,
      EvidenceKind kind,
      byte[] content,
      String caption,
      List<Recipient> readers,
      String name,
      String gloss) {
    return narrator.step(
        name,
        gloss,
        () -> {
          EvidenceIntake intake =
              EvidenceIntake.create(
                  LocalBlobStore.open(env.department(who.departmentCode()).blobDirectory()));
          SealedEvidence sealed = intake.seal(content, readers);
          Deposit deposit =
              who.client()
                  .evidence()
                  .deposit(
                      new NewEvidence(
                          caseId,
                          sealed.sha256(),
                          sealed.sm3(),
                          kind.code(),
                          sealed.blobRef().toBytes32(),
                          hash("meta:" + caption)));
          return new Sealed(sealed, deposit);
        },
        s ->
            size(s.sealed().plaintextSize())
                + " → "
                + size(s.sealed().envelopeSize())
                + " "
                + s.sealed().cipherSuite()
                + " for "
                + readers.size()
                + " reader(s), sha256 "
                + Narrator.shortHex(s.sealed().sha256().toHex())
                + ", "
                + Narrator.where(s.deposit().inclusion()));
  }

  static String size(long bytes) {
    return bytes < 1024 ? bytes + " B" : bytes / 1024 + " KiB";
  }

  /** The chain's time as the clients see it; the dev chain runs on the wall clock. */
  Instant now() {
    return Instant.ofEpochSecond(Instant.now().getEpochSecond());
  }

  /** The supervisor's own indexer if it runs one, else any: the auditor token works on all. */
  DepartmentNode auditNode() {
    String code = cast.anywhere(cn.yunxi.network.Role.AUDITOR).departmentCode();
    DepartmentNode own = env.departments().get(code);
    return own != null ? own : env.departments().values().iterator().next();
  }

  /** The year in Ningbo, for case numbers. */
  int year() {
    return java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
  }

  /** SHA-256 of a document's text: what goes on chain for it. */
  static Bytes32 hash(String text) {
    try {
      return Bytes32.of(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** A sealed and deposited item. */
  record Sealed(SealedEvidence sealed, Deposit deposit) {}
}
