package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceRecord;
import cn.yunxi.sdk.model.NewEvidence;
import java.util.concurrent.CompletableFuture;

/** Evidence deposits (数据存证) by the client's member. */
public interface EvidenceOperations {
  /**
   * Deposits one item and waits until it is on chain. Idempotent: if a previous attempt of the same
   * deposit (same case, same content) by this member already landed — say after a timeout — this
   * returns that record with {@link Deposit#alreadyDeposited()} set instead of failing.
   *
   * @throws cn.yunxi.sdk.tx.NotAuthorisedException the member may not deposit (role, credential)
   * @throws cn.yunxi.sdk.tx.ContractRevertException any other refusal, e.g. the same content was
   *     deposited in this case by someone else ({@code EvidenceRegistry_DuplicateContent})
   */
  Deposit deposit(NewEvidence item);

  /**
   * Submits a deposit and returns once the node has the transaction; the future completes when it
   * is mined. Many deposits can be in flight at once (nonces are managed for you). A refusal the
   * node foresees (wrong role, duplicate) is thrown here, before anything is sent.
   */
  CompletableFuture<Deposit> depositAsync(NewEvidence item);

  /**
   * A batcher anchoring this member's items as Merkle roots (see {@link EvidenceBatcher}), with its
   * write-ahead journal in {@code journalFile} — reopen the same file after a crash — and batch
   * manifests stored in {@code manifests}.
   */
  EvidenceBatcher batcher(
      java.nio.file.Path journalFile,
      cn.yunxi.sdk.blob.BlobStore manifests,
      int maxItems,
      java.time.Duration maxDelay);

  /**
   * Deposits a correction: a new record in the same case that supersedes {@code superseded}, which
   * stays on chain unchanged. Caller: as for {@link #deposit}.
   */
  Deposit correct(
      EvidenceRecord superseded,
      Bytes32 contentSha256,
      Bytes32 contentSm3,
      int kind,
      Bytes32 blobRef,
      Bytes32 metadataHash);

  /**
   * Records that this member accessed, exported or shared evidence of a case — custody that
   * supervisors see. Caller: a member of a department entitled to the case, or an AUDITOR.
   */
  cn.yunxi.sdk.tx.Inclusion recordAccess(
      Bytes32 subject, Bytes32 caseId, cn.yunxi.sdk.model.CustodyAction action, Bytes32 ref);

  /** Whether a record with this id is on chain. */
  boolean isDeposited(Bytes32 evidenceId);

  /** Whether {@code record}, every field included, is exactly what the chain committed. */
  boolean recordMatches(EvidenceRecord record);
}
