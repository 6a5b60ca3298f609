package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;

/**
 * An evidence item the index knows: a deposit ({@code source} {@code DEPOSIT}) or a leaf of an
 * anchored batch ({@code BATCH}). Fields a source does not have are null.
 *
 * @param source {@code DEPOSIT} or {@code BATCH}
 * @param evidenceId the evidence id (deposits)
 * @param caseId the case
 * @param contentSha256 SHA-256 of the content
 * @param contentSm3 SM3 of the content
 * @param kind the evidence kind code
 * @param blobRef content address of the encrypted content
 * @param metadataHash hash of its metadata
 * @param submittedBy the depositor, or the batch's anchorer
 * @param department the anchoring department (batches)
 * @param at when it was deposited or anchored
 * @param supersedes the record a correction supersedes (deposits)
 * @param batchRoot the batch's Merkle root (batches)
 * @param leafIndex the item's index in the batch manifest (batches)
 * @param blockNumber the block of the deposit or anchor
 * @param logIndex its log index
 * @param transactionHash its transaction
 */
public record EvidenceView(
    String source,
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
    Bytes32 transactionHash) {}
