package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.internal.AbiWords;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * OpenZeppelin's StandardMerkleTree over batch leaves ({@link BatchLeaf}, leaf schema {@code
 * ["bytes32","bytes32","bytes32","uint8","bytes32","bytes32"]}), laid out as the npm library {@code
 * @openzeppelin/merkle-tree} lays it out, so that roots and proofs are identical to its own and
 * verify on chain with OpenZeppelin's {@code MerkleProof}.
 *
 * <p>The layout: leaf hashes sorted ascending, stored at the end of a flat array of {@code 2n-1}
 * nodes in reverse order ({@code tree[2n-2-i] = sorted[i]}); node {@code i} has children {@code
 * 2i+1} and {@code 2i+2} and is {@code keccak256} of the two sorted; a proof lists the siblings from
 * the leaf up to the root. Immutable and thread-safe.
 */
public final class StandardMerkleTree {
  private final List<BatchLeaf> leaves;
  private final byte[][] tree;

  /** For each leaf in input order, its position in {@link #tree}. */
  private final int[] treeIndex;

  private StandardMerkleTree(List<BatchLeaf> leaves, byte[][] tree, int[] treeIndex) {
    this.leaves = leaves;
    this.tree = tree;
    this.treeIndex = treeIndex;
  }

  /** The tree of these leaves (at least one; duplicates are kept, as the library keeps them). */
  public static StandardMerkleTree of(List<BatchLeaf> leaves) {
    Objects.requireNonNull(leaves, "leaves");
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("leaves is empty");
    }
    List<BatchLeaf> copy = List.copyOf(leaves);
    int n = copy.size();
    byte[][] hashes = new byte[n][];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = copy.get(i).leafHash().toByteArray();
      order[i] = i;
    }
    // A stable sort, as JavaScript's: equal hashes keep their input order.
    Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(hashes[a], hashes[b]));
    byte[][] tree = new byte[2 * n - 1][];
    int[] treeIndex = new int[n];
    for (int i = 0; i < n; i++) {
      int position = tree.length - 1 - i;
      tree[position] = hashes[order[i]];
      treeIndex[order[i]] = position;
    }
    for (int i = tree.length - 1 - n; i >= 0; i--) {
      tree[i] = hashPair(tree[2 * i + 1], tree[2 * i + 2]);
    }
    return new StandardMerkleTree(copy, tree, treeIndex);
  }

  public Bytes32 root() {
    return Bytes32.of(tree[0]);
  }

  public int size() {
    return leaves.size();
  }

  /** The leaves in the order given to {@link #of}. */
  public List<BatchLeaf> leaves() {
    return leaves;
  }

  /** The proof of the leaf at {@code index} (input order): sibling hashes, leaf to root. */
  public List<Bytes32> proof(int index) {
    Objects.checkIndex(index, leaves.size());
    List<Bytes32> proof = new ArrayList<>();
    int i = treeIndex[index];
    while (i > 0) {
      int sibling = i % 2 == 1 ? i + 1 : i - 1;
      proof.add(Bytes32.of(tree[sibling]));
      i = (i - 1) / 2;
    }
    return Collections.unmodifiableList(proof);
  }

  /** The proof of the first occurrence of {@code leaf}. */
  public List<Bytes32> proof(BatchLeaf leaf) {
    int index = leaves.indexOf(Objects.requireNonNull(leaf, "leaf"));
    if (index < 0) {
      throw new IllegalArgumentException("leaf is not in the tree: " + leaf);
    }
    return proof(index);
  }

  /** The root a proof leads to from a leaf hash (OpenZeppelin's {@code processProof}). */
  public static Bytes32 processProof(Bytes32 leafHash, List<Bytes32> proof) {
    byte[] computed = leafHash.toByteArray();
    for (Bytes32 sibling : proof) {
      computed = hashPair(computed, sibling.toByteArray());
    }
    return Bytes32.of(computed);
  }

  /** Whether {@code proof} shows {@code leaf} to be an item of the tree with {@code root}. */
  public static boolean verify(Bytes32 root, BatchLeaf leaf, List<Bytes32> proof) {
    return processProof(leaf.leafHash(), proof).equals(root);
  }

  private static byte[] hashPair(byte[] a, byte[] b) {
    byte[] pair = new byte[64];
    boolean aFirst = Arrays.compareUnsigned(a, b) <= 0;
    System.arraycopy(aFirst ? a : b, 0, pair, 0, 32);
    System.arraycopy(aFirst ? b : a, 0, pair, 32, 32);
    return AbiWords.keccak256(pair);
  }
}
