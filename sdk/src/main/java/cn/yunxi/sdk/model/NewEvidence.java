package cn.yunxi.sdk.model;

import java.util.Objects;

/**
 * An evidence item to deposit: what the depositor states. The chain adds the depositor and the
 * time, which makes it an {@link EvidenceRecord}.
 *
 * @param blobRef content address of the encrypted blob (see the SDK's evidence intake)
 */
public record NewEvidence(
    Bytes32 caseId,
    Bytes32 contentSha256,
    Bytes32 contentSm3,
    int kind,
    Bytes32 blobRef,
    Bytes32 metadataHash) {

  public NewEvidence {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(contentSha256, "contentSha256");
    Objects.requireNonNull(contentSm3, "contentSm3");
    Objects.requireNonNull(blobRef, "blobRef");
    Objects.requireNonNull(metadataHash, "metadataHash");
    if (kind < 0 || kind > 255) {
      throw new IllegalArgumentException("kind not a uint8: " + kind);
    }
  }

  /** The id the record will have (a plain deposit supersedes nothing). */
  public Bytes32 evidenceId() {
    return EvidenceRecord.evidenceIdOf(caseId, contentSha256, Bytes32.ZERO);
  }

  /** The same values as a batch leaf, for anchoring instead of depositing one by one. */
  public BatchLeaf toLeaf() {
    return new BatchLeaf(caseId, contentSha256, contentSm3, kind, blobRef, metadataHash);
  }
}
