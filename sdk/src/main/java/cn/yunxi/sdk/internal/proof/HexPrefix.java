package cn.yunxi.sdk.internal.proof;

import java.util.Arrays;

/**
 * The hex-prefix encoding of a nibble path in a Patricia trie node (Yellow Paper, appendix C): the
 * first nibble holds two flags — bit 1 "leaf", bit 0 "odd length" — followed by a padding nibble
 * when the path has an even length.
 */
public final class HexPrefix {
  private HexPrefix() {}

  /** A path and whether it ends in a leaf. */
  public record Path(byte[] nibbles, boolean leaf) {}

  public static byte[] encode(byte[] nibbles, boolean leaf) {
    int flag = leaf ? 2 : 0;
    boolean odd = nibbles.length % 2 == 1;
    byte[] out = new byte[nibbles.length / 2 + 1];
    int next;
    if (odd) {
      out[0] = (byte) (((flag + 1) << 4) | nibbles[0]);
      next = 1;
    } else {
      out[0] = (byte) (flag << 4);
      next = 0;
    }
    for (int i = 1; i < out.length; i++, next += 2) {
      out[i] = (byte) ((nibbles[next] << 4) | nibbles[next + 1]);
    }
    return out;
  }

  /** Decodes strictly: a known flag nibble and, for even paths, a zero padding nibble. */
  public static Path decode(byte[] encoded) {
    if (encoded.length == 0) {
      throw new RlpException("hex-prefix path is empty");
    }
    int flag = (encoded[0] & 0xff) >>> 4;
    if (flag > 3) {
      throw new RlpException("hex-prefix flag " + flag + " is not 0-3");
    }
    boolean odd = (flag & 1) == 1;
    if (!odd && (encoded[0] & 0x0f) != 0) {
      throw new RlpException("hex-prefix padding nibble is not zero");
    }
    byte[] nibbles = new byte[(encoded.length - 1) * 2 + (odd ? 1 : 0)];
    int n = 0;
    if (odd) {
      nibbles[n++] = (byte) (encoded[0] & 0x0f);
    }
    for (int i = 1; i < encoded.length; i++) {
      nibbles[n++] = (byte) ((encoded[i] & 0xff) >>> 4);
      nibbles[n++] = (byte) (encoded[i] & 0x0f);
    }
    return new Path(nibbles, (flag & 2) == 2);
  }

  /** The nibbles of a key, high nibble first. */
  public static byte[] nibbles(byte[] key) {
    byte[] out = new byte[key.length * 2];
    for (int i = 0; i < key.length; i++) {
      out[2 * i] = (byte) ((key[i] & 0xff) >>> 4);
      out[2 * i + 1] = (byte) (key[i] & 0x0f);
    }
    return out;
  }

  static byte[] slice(byte[] nibbles, int from, int to) {
    return Arrays.copyOfRange(nibbles, from, to);
  }
}
