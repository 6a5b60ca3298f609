package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.internal.proof.PatriciaTrie;
import cn.yunxi.sdk.internal.proof.ProofException;
import cn.yunxi.sdk.internal.proof.Rlp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Merkle-Patricia trie against known roots (the empty trie, and the key/value sets of
 * Ethereum's trie tests as used by go-ethereum and others: "dogs", "puppy", "foo", "smallValues", a
 * single long value) and a known proof; proofs of every key of random tries verify, and any change
 * to a proof, its key or its root breaks it.
 */
class PatriciaTrieTest {
  private static final HexFormat HEX = HexFormat.of();

  private static Map<byte[], byte[]> ascii(String... keyValues) {
    Map<byte[], byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(bytes(keyValues[i]), bytes(keyValues[i + 1]));
    }
    return m;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static String root(Map<byte[], byte[]> entries) {
    return HEX.formatHex(PatriciaTrie.of(entries).rootHash());
  }

  @Test
  void theEmptyTrieHasTheWellKnownRoot() {
    assertThat(root(Map.of()))
        .isEqualTo("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
    assertThat(HEX.formatHex(PatriciaTrie.ofIndexed(List.of()).rootHash()))
        .isEqualTo("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
  }

  @Test
  void smallKnownSetsHaveTheirKnownRoots() {
    assertThat(root(ascii("A", "a".repeat(50))))
        .isEqualTo("d23786fb4a010da3ce639d66d5e904a11dbc02746d1ce25029e53290cabf28ab");
    assertThat(root(ascii("doe", "reindeer", "dog", "puppy", "dogglesworth", "cat")))
        .isEqualTo("8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3");
    assertThat(root(ascii("do", "verb", "horse", "stallion", "doge", "coin", "dog", "puppy")))
        .isEqualTo("5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84");
    assertThat(root(ascii("foo", "bar", "food", "bass")))
        .isEqualTo("17beaa1648bafa633cda809c90c04af50fc8aed3cb40d16efbddee6fdf63c4c3");
    assertThat(root(ascii("be", "e", "dog", "puppy", "bed", "d")))
        .isEqualTo("3f67c7a47520f79faa29255d2d3c084a7a6df0453116ed7232ff10277a8be68b");
  }

  @Test
  void producesTheKnownProofOfDoe() {
    // The proof of "doe" in the "dogs" trie, as the Rust eth-trie crate's tests state it.
    PatriciaTrie trie =
        PatriciaTrie.of(ascii("doe", "reindeer", "dog", "puppy", "dogglesworth", "cat"));
    List<String> proof = trie.proof(bytes("doe")).stream().map(HEX::formatHex).toList();
    assertThat(proof)
        .containsExactly(
            "e5831646f6a0db6ae1fda66890f6693f36560d36b4dca68b4d838f17016b151efe1d4c95c453",
            "f83b8080808080ca20887265696e6465657280a037efd11993cb04a54048c25320e9f29c50a432d28afdf"
                + "01598b2978ce1ca3068808080808080808080");
    assertThat(PatriciaTrie.verify(trie.rootHash(), bytes("doe"), trie.proof(bytes("doe"))))
        .isEqualTo(bytes("reindeer"));
  }

  @Test
  void everyKeyOfRandomTriesProvesItsValue() {
    Random random = new Random(20261128);
    for (int round = 0; round < 40; round++) {
      Map<byte[], byte[]> entries = new IdentityHashMap<>();
      Map<String, byte[]> seen = new LinkedHashMap<>();
      int size = 1 + random.nextInt(120);
      while (seen.size() < size) {
        byte[] key = new byte[1 + random.nextInt(round % 2 == 0 ? 3 : 33)];
        random.nextBytes(key);
        byte[] value = new byte[1 + random.nextInt(random.nextBoolean() ? 8 : 120)];
        random.nextBytes(value);
        if (seen.putIfAbsent(HEX.formatHex(key), value) == null) {
          entries.put(key, value);
        }
      }
      PatriciaTrie trie = PatriciaTrie.of(entries);
      byte[] root = trie.rootHash();
      for (Map.Entry<byte[], byte[]> e : entries.entrySet()) {
        assertThat(PatriciaTrie.verify(root, e.getKey(), trie.proof(e.getKey())))
            .isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void receiptStyleKeysProveTheirValuesWhateverTheirSize() {
    Random random = new Random(7);
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      byte[] v = new byte[1 + random.nextInt(i % 3 == 0 ? 4 : 300)];
      random.nextBytes(v);
      values.add(v);
    }
    PatriciaTrie trie = PatriciaTrie.ofIndexed(values);
    for (int i = 0; i < values.size(); i++) {
      byte[] key = Rlp.uint(i);
      assertThat(PatriciaTrie.verify(trie.rootHash(), key, trie.proof(key)))
          .isEqualTo(values.get(i));
    }
  }

  @Test
  void aChangedProofKeyOrRootIsRefused() {
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      values.add(bytes("receipt number " + i + " with enough bytes to be hashed"));
    }
    PatriciaTrie trie = PatriciaTrie.ofIndexed(values);
    byte[] root = trie.rootHash();
    byte[] key = Rlp.uint(17);
    List<byte[]> proof = trie.proof(key);
    assertThat(proof.size()).isGreaterThan(1);

    List<byte[]> flipped = new ArrayList<>(proof);
    byte[] last = flipped.get(flipped.size() - 1).clone();
    last[last.length - 1] ^= 1;
    flipped.set(flipped.size() - 1, last);
    assertThatThrownBy(() -> PatriciaTrie.verify(root, key, flipped))
        .isInstanceOf(ProofException.class)
        .hasMessageContaining("does not hash");

    List<byte[]> extra = new ArrayList<>(proof);
    extra.add(proof.get(0));
    assertThatThrownBy(() -> PatriciaTrie.verify(root, key, extra))
        .isInstanceOf(ProofException.class)
        .hasMessageContaining("after the key's value");

    List<byte[]> truncated = proof.subList(0, proof.size() - 1);
    assertThatThrownBy(() -> PatriciaTrie.verify(root, key, truncated))
        .isInstanceOf(ProofException.class)
        .hasMessageContaining("ends before");

    assertThatThrownBy(() -> PatriciaTrie.verify(root, Rlp.uint(18), proof))
        .isInstanceOf(ProofException.class);
    assertThatThrownBy(() -> PatriciaTrie.verify(root, Rlp.uint(5000), proof))
        .isInstanceOf(ProofException.class);

    byte[] otherRoot = root.clone();
    otherRoot[0] ^= 1;
    assertThatThrownBy(() -> PatriciaTrie.verify(otherRoot, key, proof))
        .isInstanceOf(ProofException.class)
        .hasMessageContaining("root");
  }
}
