package cn.yunxi.sdk.model;

import cn.yunxi.sdk.internal.AbiWords;
import java.time.Instant;
import java.util.Objects;

/**
 * One deposited evidence record, exactly as the EvidenceRegistry commits and emits it.
 *
 * @param caseId keccak-256 of the external case number
 * @param contentSha256 SHA-256 of the plaintext content
 * @param contentSm3 SM3 of the plaintext content
 * @param kind the evidence kind code (see {@link EvidenceKind})
 * @param blobRef content address (SHA-256) of the encrypted blob
 * @param metadataHash hash of the item's metadata
 * @param depositor the member who deposited it
 * @param depositedAt the block time of the deposit
 * @param supersedes the id of the record this one corrects, or {@link Bytes32#ZERO}
 */
public record EvidenceRecord(
    Bytes32 caseId,
    Bytes32 contentSha256,
    Bytes32 contentSm3,
    int kind,
    Bytes32 blobRef,
    Bytes32 metadataHash,
    Address depositor,
    Instant depositedAt,
    Bytes32 supersedes) {

  public EvidenceRecord {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(contentSha256, "contentSha256");
    Objects.requireNonNull(contentSm3, "contentSm3");
    Objects.requireNonNull(blobRef, "blobRef");
    Objects.requireNonNull(metadataHash, "metadataHash");
    Objects.requireNonNull(depositor, "depositor");
    Objects.requireNonNull(depositedAt, "depositedAt");
    Objects.requireNonNull(supersedes, "supersedes");
    if (kind < 0 || kind > 255) {
      throw new IllegalArgumentException("kind not a uint8: " + kind);
    }
  }

  /** {@code keccak256(abi.encode(caseId, contentSha256, supersedes))}, as the contract computes. */
  public Bytes32 evidenceId() {
    return evidenceIdOf(caseId, contentSha256, supersedes);
  }

  /** The id a record with these keys has. */
  public static Bytes32 evidenceIdOf(Bytes32 caseId, Bytes32 contentSha256, Bytes32 supersedes) {
    return new AbiWords().add(caseId).add(contentSha256).add(supersedes).keccak();
  }

  /** {@code keccak256(abi.encode(record))}: the commitment the contract stores. */
  public Bytes32 commitment() {
    return new AbiWords()
        .add(caseId)
        .add(contentSha256)
        .add(contentSm3)
        .add(kind)
        .add(blobRef)
        .add(metadataHash)
        .add(depositor)
        .add(depositedAt.getEpochSecond())
        .add(supersedes)
        .keccak();
  }
}
