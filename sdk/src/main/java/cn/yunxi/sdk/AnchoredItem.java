package cn.yunxi.sdk;

import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.tx.Inclusion;
import java.util.List;

/**
 * An item anchored on chain as part of a batch: its leaf, the batch root, the item's Merkle proof
 * (OpenZeppelin StandardMerkleTree, sorted pairs) and where the anchoring transaction landed.
 * {@code inclusion} is null for a batch found anchored on chain while recovering after a crash.
 */
public record AnchoredItem(
    BatchLeaf leaf, Bytes32 root, List<Bytes32> proof, int batchSize, Inclusion inclusion) {
  public AnchoredItem {
    proof = List.copyOf(proof);
  }
}
