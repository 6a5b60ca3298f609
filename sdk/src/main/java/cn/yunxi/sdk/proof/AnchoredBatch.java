package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.internal.AbiWords;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;

/**
 * An anchored batch exactly as the EvidenceRegistry commits it and emits it in {@code
 * BatchAnchored}: the StandardMerkleTree root of its items, who anchored it and when.
 *
 * @param root the Merkle root of the batch's leaves
 * @param department the anchoring member's department code
 * @param anchorer the member who anchored it
 * @param itemCount the number of leaves ({@code uint32})
 * @param manifestRef content address of the manifest blob (the leaves)
 * @param metadataHash hash of the batch's metadata
 * @param anchoredAt the block time of the anchoring
 */
public record AnchoredBatch(
    Bytes32 root,
    Bytes32 department,
    Address anchorer,
    long itemCount,
    Bytes32 manifestRef,
    Bytes32 metadataHash,
    Instant anchoredAt) {

  public AnchoredBatch {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(anchorer, "anchorer");
    Objects.requireNonNull(manifestRef, "manifestRef");
    Objects.requireNonNull(metadataHash, "metadataHash");
    Objects.requireNonNull(anchoredAt, "anchoredAt");
    if (itemCount < 0 || itemCount > 0xffff_ffffL) {
      throw new IllegalArgumentException("itemCount not a uint32: " + itemCount);
    }
  }

  /** {@code keccak256(abi.encode(batch))}: the commitment the contract stores for the root. */
  public Bytes32 commitment() {
    return new AbiWords()
        .add(root)
        .add(department)
        .add(anchorer)
        .add(itemCount)
        .add(manifestRef)
        .add(metadataHash)
        .add(anchoredAt.getEpochSecond())
        .keccak();
  }
}
