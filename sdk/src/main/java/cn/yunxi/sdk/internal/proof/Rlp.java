package cn.yunxi.sdk.internal.proof;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ethereum's Recursive Length Prefix encoding: an encoder, and a strict decoder that accepts only
 * the one canonical encoding of each item (minimal lengths, single bytes below 0x80 unwrapped, no
 * trailing bytes) so that what it accepts re-encodes to the same bytes.
 */
public final class Rlp {
  /** Deeper nesting is refused: nothing we decode nests more than a few levels. */
  public static final int MAX_DEPTH = 32;

  private static final byte[] EMPTY = new byte[0];

  private Rlp() {}

  // ------------------------------------------------------------------ encoding

  /** The encoding of a byte string. */
  public static byte[] string(byte[] bytes) {
    if (bytes.length == 1 && (bytes[0] & 0xff) < 0x80) {
      return bytes.clone();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 9);
    header(out, 0x80, bytes.length);
    out.writeBytes(bytes);
    return out.toByteArray();
  }

  /** The encoding of a list whose items are given already encoded. */
  public static byte[] list(List<byte[]> encodedItems) {
    int length = 0;
    for (byte[] item : encodedItems) {
      length += item.length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + 9);
    header(out, 0xc0, length);
    for (byte[] item : encodedItems) {
      out.writeBytes(item);
    }
    return out.toByteArray();
  }

  public static byte[] list(byte[]... encodedItems) {
    return list(Arrays.asList(encodedItems));
  }

  /** The encoding of an unsigned integer: its minimal big-endian bytes (none for zero). */
  public static byte[] uint(BigInteger value) {
    return string(minimalBytes(value));
  }

  public static byte[] uint(long value) {
    return uint(BigInteger.valueOf(value));
  }

  /** The minimal big-endian bytes of a non-negative integer: empty for zero. */
  public static byte[] minimalBytes(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    if (value.signum() == 0) {
      return EMPTY;
    }
    byte[] raw = value.toByteArray();
    return raw[0] == 0 ? Arrays.copyOfRange(raw, 1, raw.length) : raw;
  }

  private static void header(ByteArrayOutputStream out, int offset, int length) {
    if (length <= 55) {
      out.write(offset + length);
    } else {
      byte[] len = minimalBytes(BigInteger.valueOf(length));
      out.write(offset + 55 + len.length);
      out.writeBytes(len);
    }
  }

  // ------------------------------------------------------------------ decoding

  /** Decodes exactly one item spanning all of {@code input}. */
  public static Item decode(byte[] input) {
    if (input.length == 0) {
      throw new RlpException("empty input");
    }
    Decoded d = decode(input, 0, input.length, 0);
    if (d.next != input.length) {
      throw new RlpException(
          "trailing bytes after the item: " + (input.length - d.next) + " of " + input.length);
    }
    return d.item;
  }

  private record Decoded(Item item, int next) {}

  private static Decoded decode(byte[] in, int pos, int end, int depth) {
    if (pos >= end) {
      throw new RlpException("truncated: an item expected at offset " + pos);
    }
    int b = in[pos] & 0xff;
    if (b < 0x80) {
      return new Decoded(Item.ofString(new byte[] {in[pos]}, in, pos, pos + 1), pos + 1);
    }
    if (b <= 0xb7) {
      int length = b - 0x80;
      int start = pos + 1;
      requireAvailable(start, length, end);
      if (length == 1 && (in[start] & 0xff) < 0x80) {
        throw new RlpException("non-canonical: a single byte below 0x80 wrapped at offset " + pos);
      }
      return new Decoded(
          Item.ofString(Arrays.copyOfRange(in, start, start + length), in, pos, start + length),
          start + length);
    }
    if (b <= 0xbf) {
      int lengthOfLength = b - 0xb7;
      int length = longLength(in, pos + 1, lengthOfLength, end);
      int start = pos + 1 + lengthOfLength;
      requireAvailable(start, length, end);
      return new Decoded(
          Item.ofString(Arrays.copyOfRange(in, start, start + length), in, pos, start + length),
          start + length);
    }
    if (depth >= MAX_DEPTH) {
      throw new RlpException("nested deeper than " + MAX_DEPTH + " lists");
    }
    int start;
    int length;
    if (b <= 0xf7) {
      length = b - 0xc0;
      start = pos + 1;
    } else {
      int lengthOfLength = b - 0xf7;
      length = longLength(in, pos + 1, lengthOfLength, end);
      start = pos + 1 + lengthOfLength;
    }
    requireAvailable(start, length, end);
    int payloadEnd = start + length;
    List<Item> items = new ArrayList<>();
    int cursor = start;
    while (cursor < payloadEnd) {
      Decoded d = decode(in, cursor, payloadEnd, depth + 1);
      items.add(d.item);
      cursor = d.next;
    }
    return new Decoded(Item.ofList(items, in, pos, payloadEnd), payloadEnd);
  }

  /** A long-form length: 1–4 bytes, no leading zero, and more than 55. */
  private static int longLength(byte[] in, int pos, int lengthOfLength, int end) {
    if (lengthOfLength > 4) {
      throw new RlpException("length of " + lengthOfLength + " bytes at offset " + pos);
    }
    requireAvailable(pos, lengthOfLength, end);
    if (in[pos] == 0) {
      throw new RlpException("non-canonical: a length with a leading zero at offset " + pos);
    }
    long length = 0;
    for (int i = 0; i < lengthOfLength; i++) {
      length = (length << 8) | (in[pos + i] & 0xff);
    }
    if (length <= 55) {
      throw new RlpException("non-canonical: long form for a length of " + length);
    }
    if (length > Integer.MAX_VALUE) {
      throw new RlpException("length too large: " + length);
    }
    return (int) length;
  }

  private static void requireAvailable(int start, long length, int end) {
    if (start + length > end) {
      throw new RlpException(
          "truncated: "
              + length
              + " bytes announced at offset "
              + start
              + ", "
              + (end - start)
              + " left");
    }
  }

  /** A decoded item: a byte string or a list, with the exact bytes that encoded it. */
  public static final class Item {
    private final byte[] bytes;
    private final List<Item> items;
    private final byte[] encoded;

    private Item(byte[] bytes, List<Item> items, byte[] encoded) {
      this.bytes = bytes;
      this.items = items;
      this.encoded = encoded;
    }

    static Item ofString(byte[] bytes, byte[] in, int from, int to) {
      return new Item(bytes, null, Arrays.copyOfRange(in, from, to));
    }

    static Item ofList(List<Item> items, byte[] in, int from, int to) {
      return new Item(null, List.copyOf(items), Arrays.copyOfRange(in, from, to));
    }

    public boolean isList() {
      return items != null;
    }

    /** The string's bytes; fails for a list. */
    public byte[] bytes() {
      if (bytes == null) {
        throw new RlpException("a byte string expected, found a list");
      }
      return bytes.clone();
    }

    /** The string's bytes, which must be exactly {@code length} long. */
    public byte[] bytes(int length, String what) {
      byte[] b = bytes();
      if (b.length != length) {
        throw new RlpException(what + ": " + length + " bytes expected, found " + b.length);
      }
      return b;
    }

    /** The list's items; fails for a string. */
    public List<Item> items() {
      if (items == null) {
        throw new RlpException("a list expected, found a byte string");
      }
      return items;
    }

    /** The list's items, which must be exactly {@code count}. */
    public List<Item> items(int count, String what) {
      List<Item> list = items();
      if (list.size() != count) {
        throw new RlpException(what + ": " + count + " items expected, found " + list.size());
      }
      return list;
    }

    /** The string as a canonical unsigned integer (no leading zero byte). */
    public BigInteger uint(String what) {
      byte[] b = bytes();
      if (b.length > 0 && b[0] == 0) {
        throw new RlpException(what + ": an integer with a leading zero byte");
      }
      if (b.length > 32) {
        throw new RlpException(what + ": an integer wider than 256 bits");
      }
      return new BigInteger(1, b);
    }

    /** The exact bytes this item was decoded from. */
    public byte[] encoded() {
      return encoded.clone();
    }

    public int encodedLength() {
      return encoded.length;
    }
  }
}
