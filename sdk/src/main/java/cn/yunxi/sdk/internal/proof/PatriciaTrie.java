package cn.yunxi.sdk.internal.proof;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Ethereum's Merkle-Patricia trie, built in memory from a complete key/value set (as for a block's
 * receipts or transactions): the root hash, the proof of one key, and the verification of a proof
 * against a root. Nodes whose encoding is shorter than 32 bytes are embedded in their parent, as
 * the Yellow Paper specifies; the root is always hashed.
 */
public final class PatriciaTrie {
  /** keccak256(rlp("")): the root of a trie without keys. */
  public static final byte[] EMPTY_ROOT = Keccak.of(Rlp.string(new byte[0]));

  private final Node root;

  private PatriciaTrie(Node root) {
    this.root = root;
  }

  /** The trie of these keys and values (no key may be empty-valued or repeated). */
  public static PatriciaTrie of(Map<byte[], byte[]> entries) {
    List<Entry> list = new ArrayList<>(entries.size());
    for (Map.Entry<byte[], byte[]> e : entries.entrySet()) {
      if (e.getValue().length == 0) {
        throw new IllegalArgumentException("empty value for key " + hex(e.getKey()));
      }
      list.add(new Entry(HexPrefix.nibbles(e.getKey()), e.getValue().clone()));
    }
    list.sort((a, b) -> Arrays.compare(a.path, b.path));
    for (int i = 1; i < list.size(); i++) {
      if (Arrays.equals(list.get(i - 1).path, list.get(i).path)) {
        throw new IllegalArgumentException("repeated key " + Arrays.toString(list.get(i).path));
      }
    }
    return new PatriciaTrie(build(list, 0));
  }

  /** The trie of a list keyed by {@code rlp(index)}: a block's transactions or receipts. */
  public static PatriciaTrie ofIndexed(List<byte[]> values) {
    Map<byte[], byte[]> entries = new java.util.IdentityHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      entries.put(Rlp.uint(i), values.get(i));
    }
    return of(entries);
  }

  public byte[] rootHash() {
    return root == null ? EMPTY_ROOT.clone() : Keccak.of(root.encoded());
  }

  /**
   * The proof of {@code key}: the root node's encoding, then that of every hashed node on the path
   * to the key's value (embedded nodes travel inside their parents).
   */
  public List<byte[]> proof(byte[] key) {
    if (root == null) {
      throw new IllegalArgumentException("the trie is empty");
    }
    byte[] path = HexPrefix.nibbles(key);
    List<byte[]> proof = new ArrayList<>();
    proof.add(root.encoded());
    Node node = root;
    int pos = 0;
    while (true) {
      if (node instanceof Leaf leaf) {
        if (!Arrays.equals(leaf.path, 0, leaf.path.length, path, pos, path.length)) {
          throw new IllegalArgumentException("key not in the trie: " + hex(key));
        }
        return Collections.unmodifiableList(proof);
      }
      Node child;
      if (node instanceof Extension ext) {
        int end = pos + ext.path.length;
        if (end > path.length || !Arrays.equals(ext.path, 0, ext.path.length, path, pos, end)) {
          throw new IllegalArgumentException("key not in the trie: " + hex(key));
        }
        pos = end;
        child = ext.child;
      } else {
        Branch branch = (Branch) node;
        if (pos == path.length) {
          if (branch.value == null) {
            throw new IllegalArgumentException("key not in the trie: " + hex(key));
          }
          return Collections.unmodifiableList(proof);
        }
        child = branch.children[path[pos++]];
        if (child == null) {
          throw new IllegalArgumentException("key not in the trie: " + hex(key));
        }
      }
      if (child.encoded().length >= 32) {
        proof.add(child.encoded());
      }
      node = child;
    }
  }

  /**
   * Walks {@code proof} from {@code rootHash} along {@code key} and returns the value found there.
   * Every node must be reached by its hash (or be embedded in its parent, if shorter than 32
   * bytes), and every node of the proof must be used.
   *
   * @throws ProofException naming the first broken link
   */
  public static byte[] verify(byte[] rootHash, byte[] key, List<byte[]> proof) {
    try {
      return walk(rootHash, key, proof);
    } catch (RlpException e) {
      throw new ProofException("a malformed trie node: " + e.getMessage());
    }
  }

  private static byte[] walk(byte[] rootHash, byte[] key, List<byte[]> proof) {
    byte[] path = HexPrefix.nibbles(key);
    int pos = 0;
    int used = 0;
    Rlp.Item reference = null; // null: the root, reached by rootHash
    while (true) {
      Rlp.Item node;
      if (reference == null || !reference.isList()) {
        byte[] hash = reference == null ? rootHash : reference.bytes();
        if (hash.length == 0) {
          throw new ProofException("the key is not in the trie (empty slot at nibble " + pos + ")");
        }
        if (hash.length != 32) {
          throw new ProofException(
              "node " + used + ": a reference of " + hash.length + " bytes, neither hash nor node");
        }
        if (used == proof.size()) {
          throw new ProofException("the proof ends before the key's value (" + used + " nodes)");
        }
        byte[] encoded = proof.get(used);
        if (!Arrays.equals(Keccak.of(encoded), hash)) {
          throw new ProofException(
              used == 0
                  ? "proof node 0 does not hash to the root " + hex(rootHash)
                  : "proof node " + used + " does not hash to its parent's reference");
        }
        node = decodeNode(encoded, used);
        used++;
      } else {
        if (reference.encodedLength() >= 32) {
          throw new ProofException("an embedded node of " + reference.encodedLength() + " bytes");
        }
        node = reference;
      }
      List<Rlp.Item> items = node.items();
      if (items.size() == 17) {
        if (pos == path.length) {
          byte[] value = items.get(16).bytes();
          if (value.length == 0) {
            throw new ProofException("the key is not in the trie (empty branch value)");
          }
          return finish(value, used, proof);
        }
        reference = items.get(path[pos++]);
        continue;
      }
      if (items.size() != 2) {
        throw new ProofException("a trie node of " + items.size() + " items");
      }
      HexPrefix.Path segment = HexPrefix.decode(items.get(0).bytes());
      byte[] nibbles = segment.nibbles();
      int end = pos + nibbles.length;
      boolean matches =
          end <= path.length && Arrays.equals(nibbles, 0, nibbles.length, path, pos, end);
      if (segment.leaf()) {
        if (!matches || end != path.length) {
          throw new ProofException("the key is not in the trie (the path leads to another leaf)");
        }
        return finish(items.get(1).bytes(), used, proof);
      }
      if (nibbles.length == 0) {
        throw new ProofException("an extension node with an empty path");
      }
      if (!matches) {
        throw new ProofException("the key is not in the trie (the path leaves an extension)");
      }
      pos = end;
      reference = items.get(1);
    }
  }

  private static Rlp.Item decodeNode(byte[] encoded, int index) {
    try {
      Rlp.Item node = Rlp.decode(encoded);
      if (!node.isList()) {
        throw new ProofException("proof node " + index + " is not a list");
      }
      return node;
    } catch (RlpException e) {
      throw new ProofException("proof node " + index + " is not RLP: " + e.getMessage());
    }
  }

  private static byte[] finish(byte[] value, int used, List<byte[]> proof) {
    if (used != proof.size()) {
      throw new ProofException(
          "the proof has " + (proof.size() - used) + " node(s) after the key's value");
    }
    return value;
  }

  // ------------------------------------------------------------------ building

  private record Entry(byte[] path, byte[] value) {}

  private static Node build(List<Entry> entries, int depth) {
    if (entries.isEmpty()) {
      return null;
    }
    if (entries.size() == 1) {
      Entry only = entries.get(0);
      return new Leaf(HexPrefix.slice(only.path, depth, only.path.length), only.value);
    }
    int common = commonPrefix(entries, depth);
    if (common > 0) {
      byte[] segment = HexPrefix.slice(entries.get(0).path, depth, depth + common);
      return new Extension(segment, build(entries, depth + common));
    }
    Node[] children = new Node[16];
    byte[] value = null;
    int i = 0;
    // Sorted entries: a key ending here sorts first, then groups by the next nibble.
    if (entries.get(0).path.length == depth) {
      value = entries.get(0).value;
      i = 1;
    }
    while (i < entries.size()) {
      int nibble = entries.get(i).path[depth];
      int j = i;
      while (j < entries.size() && entries.get(j).path[depth] == nibble) {
        j++;
      }
      children[nibble] = build(entries.subList(i, j), depth + 1);
      i = j;
    }
    return new Branch(children, value);
  }

  private static int commonPrefix(List<Entry> entries, int depth) {
    byte[] first = entries.get(0).path;
    int common = first.length - depth;
    for (Entry e : entries) {
      int limit = Math.min(common, e.path.length - depth);
      int k = 0;
      while (k < limit && e.path[depth + k] == first[depth + k]) {
        k++;
      }
      common = k;
    }
    return common;
  }

  private abstract static sealed class Node permits Leaf, Extension, Branch {
    private byte[] encoded;

    final byte[] encoded() {
      if (encoded == null) {
        encoded = encode();
      }
      return encoded;
    }

    abstract byte[] encode();

    /** How a parent refers to this node: embedded if short, else by hash. */
    final byte[] reference() {
      byte[] e = encoded();
      return e.length < 32 ? e : Rlp.string(Keccak.of(e));
    }
  }

  private static final class Leaf extends Node {
    final byte[] path;
    final byte[] value;

    Leaf(byte[] path, byte[] value) {
      this.path = path;
      this.value = value;
    }

    @Override
    byte[] encode() {
      return Rlp.list(Rlp.string(HexPrefix.encode(path, true)), Rlp.string(value));
    }
  }

  private static final class Extension extends Node {
    final byte[] path;
    final Node child;

    Extension(byte[] path, Node child) {
      this.path = path;
      this.child = child;
    }

    @Override
    byte[] encode() {
      return Rlp.list(Rlp.string(HexPrefix.encode(path, false)), child.reference());
    }
  }

  private static final class Branch extends Node {
    final Node[] children;
    final byte[] value;

    Branch(Node[] children, byte[] value) {
      this.children = children;
      this.value = value;
    }

    @Override
    byte[] encode() {
      List<byte[]> items = new ArrayList<>(17);
      for (Node child : children) {
        items.add(child == null ? Rlp.string(new byte[0]) : child.reference());
      }
      items.add(Rlp.string(value == null ? new byte[0] : value));
      return Rlp.list(items);
    }
  }

  private static String hex(byte[] bytes) {
    return "0x" + HexFormat.of().formatHex(bytes);
  }
}
