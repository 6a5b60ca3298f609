package cn.yunxi.sdk.model;

import cn.yunxi.sdk.internal.AbiWords;
import java.util.Objects;

/**
 * One item of an anchored batch: the values of an OpenZeppelin StandardMerkleTree leaf with the
 * schema {@code ["bytes32", "bytes32", "bytes32", "uint8", "bytes32", "bytes32"]} for {@code
 * (caseId, contentSha256, contentSm3, kind, blobRef, metadataHash)}.
 */
public record BatchLeaf(
    Bytes32 caseId,
    Bytes32 contentSha256,
    Bytes32 contentSm3,
    int kind,
    Bytes32 blobRef,
    Bytes32 metadataHash) {

  public BatchLeaf {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(contentSha256, "contentSha256");
    Objects.requireNonNull(contentSm3, "contentSm3");
    Objects.requireNonNull(blobRef, "blobRef");
    Objects.requireNonNull(metadataHash, "metadataHash");
    if (kind < 0 || kind > 255) {
      throw new IllegalArgumentException("kind not a uint8: " + kind);
    }
  }

  /** {@code keccak256(bytes.concat(keccak256(abi.encode(values…))))}: the tree's leaf hash. */
  public Bytes32 leafHash() {
    byte[] inner =
        AbiWords.keccak256(
            new AbiWords()
                .add(caseId)
                .add(contentSha256)
                .add(contentSm3)
                .add(kind)
                .add(blobRef)
                .add(metadataHash)
                .encoded());
    return Bytes32.of(AbiWords.keccak256(inner));
  }
}
