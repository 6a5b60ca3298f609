package cn.yunxi.sdk.internal;

import java.nio.charset.StandardCharsets;

/**
 * {@code 0x}-prefixed lower-case hex of bytes, by table lookup. Every hash, id and address the
 * index API answers with is written this way, hundreds per answer; {@link java.util.HexFormat}
 * takes several times as long for the same text.
 */
public final class HexText {
  private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private HexText() {}

  /** {@code 0x} followed by two lower-case hex digits per byte. */
  public static String prefixed(byte[] bytes) {
    return new String(prefixedAscii(bytes), StandardCharsets.ISO_8859_1);
  }

  /** The same text as {@link #prefixed}, as ASCII bytes (what a JSON writer can copy as is). */
  public static byte[] prefixedAscii(byte[] bytes) {
    byte[] text = new byte[2 + bytes.length * 2];
    prefixedAscii(bytes, text);
    return text;
  }

  /**
   * Writes the text of {@link #prefixed} into {@code text} from index 0, for a writer that copies
   * it at once (no array per value).
   *
   * @return its length, {@code 2 + 2 * bytes.length}
   * @throws IndexOutOfBoundsException if {@code text} is too short
   */
  public static int prefixedAscii(byte[] bytes, byte[] text) {
    int length = 2 + bytes.length * 2;
    java.util.Objects.checkFromIndexSize(0, length, text.length);
    text[0] = '0';
    text[1] = 'x';
    for (int i = 0, j = 2; i < bytes.length; i++, j += 2) {
      text[j] = DIGITS[(bytes[i] >> 4) & 0xf];
      text[j + 1] = DIGITS[bytes[i] & 0xf];
    }
    return length;
  }
}
