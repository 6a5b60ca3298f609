package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tree's own properties; its compatibility with the npm library is checked against the library
 * itself in StandardMerkleTreeCompatibilityIT.
 */
class StandardMerkleTreeTest {
  static BatchLeaf randomLeaf(Random random) {
    return new BatchLeaf(
        random32(random),
        random32(random),
        random32(random),
        random.nextInt(256),
        random32(random),
        random32(random));
  }

  static Bytes32 random32(Random random) {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Bytes32.of(b);
  }

  @Test
  void aSingleLeafIsItsOwnRootWithAnEmptyProof() {
    BatchLeaf leaf = randomLeaf(new Random(1));
    StandardMerkleTree tree = StandardMerkleTree.of(List.of(leaf));
    assertThat(tree.root()).isEqualTo(leaf.leafHash());
    assertThat(tree.proof(0)).isEmpty();
    assertThat(StandardMerkleTree.verify(tree.root(), leaf, List.of())).isTrue();
  }

  @Test
  void everyLeafProvesAndNoChangedLeafOrProofDoes() {
    Random random = new Random(2);
    for (int n = 2; n <= 33; n++) {
      List<BatchLeaf> leaves = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        leaves.add(randomLeaf(random));
      }
      StandardMerkleTree tree = StandardMerkleTree.of(leaves);
      for (int i = 0; i < n; i++) {
        List<Bytes32> proof = tree.proof(i);
        assertThat(proof.size()).isLessThanOrEqualTo(32 - Integer.numberOfLeadingZeros(n - 1) + 1);
        assertThat(StandardMerkleTree.verify(tree.root(), leaves.get(i), proof)).isTrue();
        assertThat(tree.proof(leaves.get(i))).isEqualTo(proof);
        BatchLeaf other = leaves.get((i + 1) % n);
        assertThat(StandardMerkleTree.verify(tree.root(), other, proof)).isFalse();
        List<Bytes32> changed = new ArrayList<>(proof);
        changed.set(0, random32(random));
        assertThat(StandardMerkleTree.verify(tree.root(), leaves.get(i), changed)).isFalse();
      }
    }
  }

  @Test
  void theRootDoesNotDependOnTheOrderOfTheLeaves() {
    Random random = new Random(3);
    List<BatchLeaf> leaves = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      leaves.add(randomLeaf(random));
    }
    List<BatchLeaf> reversed = new ArrayList<>(leaves);
    java.util.Collections.reverse(reversed);
    assertThat(StandardMerkleTree.of(reversed).root())
        .isEqualTo(StandardMerkleTree.of(leaves).root());
  }

  @Test
  void refusesAnEmptyBatchAndAnUnknownLeaf() {
    assertThatThrownBy(() -> StandardMerkleTree.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves is empty");
    Random random = new Random(4);
    StandardMerkleTree tree =
        StandardMerkleTree.of(List.of(randomLeaf(random), randomLeaf(random)));
    assertThatThrownBy(() -> tree.proof(randomLeaf(random)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.proof(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
