package cn.yunxi.sdk.model;

import cn.yunxi.sdk.internal.HexText;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/** An immutable 20-byte account address, compared by content, printed as lower-case hex. */
public final class Address {
  public static final Address ZERO = new Address(new byte[20]);

  private final byte[] bytes;

  private Address(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Parses 40 hex digits, with or without {@code 0x}; any letter case. */
  public static Address fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 40) {
      throw new IllegalArgumentException("not a 20-byte address: " + hex);
    }
    return new Address(HexFormat.of().parseHex(digits.toLowerCase(Locale.ROOT)));
  }

  /** A copy of exactly 20 bytes. */
  public static Address of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != 20) {
      throw new IllegalArgumentException("bytes.length != 20: " + bytes.length);
    }
    return new Address(bytes.clone());
  }

  /** A copy of the 20 bytes of {@code source} from {@code offset}. */
  public static Address of(byte[] source, int offset) {
    Objects.requireNonNull(source, "source");
    Objects.checkFromIndexSize(offset, 20, source.length);
    return new Address(Arrays.copyOfRange(source, offset, offset + 20));
  }

  public byte[] toByteArray() {
    return bytes.clone();
  }

  public String toHex() {
    return HexText.prefixed(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
