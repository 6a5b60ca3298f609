package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;

/**
 * One evidence item the index knows: deposited on its own ({@code EvidenceDeposited}) or anchored
 * as a leaf of a batch (its values from the batch's manifest). Fields a source does not have are
 * null.
 *
 * @param source how it reached the chain
 * @param evidenceId the evidence id (deposits only)
 * @param caseId the case
 * @param contentSha256 SHA-256 of the content
 * @param contentSm3 SM3 of the content
 * @param kind the evidence kind code ({@link cn.yunxi.sdk.model.EvidenceKind#ofCode})
 * @param blobRef where the (encrypted) content is
 * @param metadataHash hash of its metadata
 * @param submittedBy the depositor, or the batch's anchorer
 * @param department the anchoring department (batches only)
 * @param at when it was deposited or anchored
 * @param supersedes the record a correction supersedes (deposits only, null if none)
 * @param batchRoot the batch's Merkle root (batches only)
 * @param leafIndex the item's index in the manifest (batches only)
 * @param blockNumber the block of the deposit or anchor
 * @param logIndex the log index of the deposit or anchor
 * @param transactionHash the transaction of the deposit or anchor
 */
public record EvidenceItem(
    Source source,
    Bytes32 evidenceId,
    Bytes32 caseId,
    Bytes32 contentSha256,
    Bytes32 contentSm3,
    int kind,
    Bytes32 blobRef,
    Bytes32 metadataHash,
    Address submittedBy,
    Bytes32 department,
    Instant at,
    Bytes32 supersedes,
    Bytes32 batchRoot,
    Integer leafIndex,
    long blockNumber,
    int logIndex,
    Bytes32 transactionHash) {

  /** How an item reached the chain. */
  public enum Source {
    /** {@code EvidenceDeposited}: one record, one transaction. */
    DEPOSIT,
    /** A leaf of a batch anchored with {@code BatchAnchored}. */
    BATCH
  }
}
