package cn.yunxi.sdk.model;

import cn.yunxi.sdk.internal.HexText;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable 32-byte value — a hash, a case id, a department code — compared by content and
 * printed as {@code 0x}-prefixed lower-case hex.
 */
public final class Bytes32 implements Comparable<Bytes32> {
  public static final Bytes32 ZERO = new Bytes32(new byte[32]);

  private final byte[] bytes;

  private Bytes32(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of exactly 32 bytes. */
  public static Bytes32 of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != 32) {
      throw new IllegalArgumentException("bytes.length != 32: " + bytes.length);
    }
    return new Bytes32(bytes.clone());
  }

  /** A copy of the 32 bytes of {@code source} from {@code offset}. */
  public static Bytes32 of(byte[] source, int offset) {
    Objects.requireNonNull(source, "source");
    Objects.checkFromIndexSize(offset, 32, source.length);
    return new Bytes32(Arrays.copyOfRange(source, offset, offset + 32));
  }

  /** Parses 64 hex digits, with or without {@code 0x}. */
  public static Bytes32 fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 64) {
      throw new IllegalArgumentException("not 32 bytes of hex: " + hex);
    }
    return new Bytes32(HexFormat.of().parseHex(digits));
  }

  /** ASCII text (a department code such as {@code JB-JJDD}), left-aligned and zero-padded. */
  public static Bytes32 fromAscii(String text) {
    Objects.requireNonNull(text, "text");
    byte[] ascii = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    if (ascii.length > 32 || !text.chars().allMatch(c -> c < 128)) {
      throw new IllegalArgumentException("not at most 32 ASCII characters: " + text);
    }
    return new Bytes32(Arrays.copyOf(ascii, 32));
  }

  /** A copy of the 32 bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  public boolean isZero() {
    return equals(ZERO);
  }

  /** The text of a {@link #fromAscii} value, trailing zero bytes removed. */
  public String toAscii() {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--;
    }
    return new String(bytes, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
  }

  public String toHex() {
    return HexText.prefixed(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes32 other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public int compareTo(Bytes32 o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
