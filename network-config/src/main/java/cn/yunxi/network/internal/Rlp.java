package cn.yunxi.network.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Recursive Length Prefix encoding (Ethereum Yellow Paper, appendix B), as much as QBFT's {@code
 * extraData} needs: byte strings and lists. The decoder is strict — it accepts only the canonical
 * encoding and exactly one item — because a lenient decoder would let two different byte strings
 * stand for the same header field.
 */
public final class Rlp {
  private Rlp() {}

  /** An RLP item: a byte string or a list of items. */
  public sealed interface Item permits Bytes, ItemList {}

  /** A byte string. */
  public record Bytes(byte[] value) implements Item {
    public Bytes {
      value = value.clone();
    }

    @Override
    public byte[] value() {
      return value.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Bytes[" + HexFormat.of().formatHex(value) + "]";
    }
  }

  /** A list of items. */
  public record ItemList(List<Item> items) implements Item {
    public ItemList {
      items = List.copyOf(items);
    }
  }

  public static Bytes bytes(byte[] value) {
    return new Bytes(value);
  }

  public static ItemList list(List<? extends Item> items) {
    return new ItemList(List.copyOf(items));
  }

  /** An unsigned integer as RLP scalar: big-endian, no leading zeros, 0 as the empty string. */
  public static Bytes scalar(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("RLP scalars are unsigned: " + value);
    }
    int length = (Long.SIZE - Long.numberOfLeadingZeros(value) + 7) / 8;
    byte[] out = new byte[length];
    for (int i = length - 1; i >= 0; i--) {
      out[i] = (byte) value;
      value >>>= 8;
    }
    return new Bytes(out);
  }

  /** Reads a scalar of at most {@code maxBytes} bytes, rejecting leading zeros. */
  public static long toScalar(Bytes item, int maxBytes) {
    byte[] v = item.value;
    if (v.length > maxBytes) {
      throw new RlpException("scalar of " + v.length + " bytes, at most " + maxBytes + " allowed");
    }
    if (v.length > 0 && v[0] == 0) {
      throw new RlpException("scalar with a leading zero byte");
    }
    long value = 0;
    for (byte b : v) {
      value = (value << 8) | (b & 0xff);
    }
    return value;
  }

  public static byte[] encode(Item item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(item, out);
    return out.toByteArray();
  }

  private static void write(Item item, ByteArrayOutputStream out) {
    if (item instanceof Bytes b) {
      byte[] v = b.value;
      if (v.length == 1 && (v[0] & 0xff) < 0x80) {
        out.write(v[0]);
      } else {
        writeLength(v.length, 0x80, out);
        out.writeBytes(v);
      }
    } else {
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      for (Item child : ((ItemList) item).items) {
        write(child, payload);
      }
      writeLength(payload.size(), 0xc0, out);
      out.writeBytes(payload.toByteArray());
    }
  }

  private static void writeLength(int length, int offset, ByteArrayOutputStream out) {
    if (length < 56) {
      out.write(offset + length);
      return;
    }
    byte[] be = lengthBytes(length);
    out.write(offset + 55 + be.length);
    out.writeBytes(be);
  }

  private static byte[] lengthBytes(int length) {
    int n = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
    byte[] be = new byte[n];
    for (int i = n - 1; i >= 0; i--) {
      be[i] = (byte) length;
      length >>>= 8;
    }
    return be;
  }

  /**
   * Decodes exactly one item spanning all of {@code input}.
   *
   * @throws RlpException if the input is truncated, has trailing bytes or is not canonical
   */
  public static Item decode(byte[] input) {
    int[] pos = {0};
    Item item = read(input, pos, input.length);
    if (pos[0] != input.length) {
      throw new RlpException((input.length - pos[0]) + " trailing bytes after the RLP item");
    }
    return item;
  }

  private static Item read(byte[] in, int[] pos, int end) {
    if (pos[0] >= end) {
      throw new RlpException("truncated: expected an item at offset " + pos[0]);
    }
    int prefix = in[pos[0]] & 0xff;
    if (prefix < 0x80) {
      pos[0]++;
      return new Bytes(new byte[] {(byte) prefix});
    }
    boolean isList = prefix >= 0xc0;
    int base = isList ? 0xc0 : 0x80;
    int start = pos[0] + 1;
    int length;
    if (prefix - base < 56) {
      length = prefix - base;
    } else {
      int lengthOfLength = prefix - base - 55;
      if (lengthOfLength > 4 || start + lengthOfLength > end) {
        throw new RlpException("bad length-of-length at offset " + pos[0]);
      }
      if (in[start] == 0) {
        throw new RlpException("length with a leading zero at offset " + pos[0]);
      }
      long l = 0;
      for (int i = 0; i < lengthOfLength; i++) {
        l = (l << 8) | (in[start + i] & 0xff);
      }
      if (l < 56 || l > Integer.MAX_VALUE) {
        throw new RlpException("non-canonical long length " + l + " at offset " + pos[0]);
      }
      length = (int) l;
      start += lengthOfLength;
    }
    if (start + (long) length > end) {
      throw new RlpException("truncated: item at offset " + pos[0] + " runs past its container");
    }
    pos[0] = start + length;
    if (!isList) {
      byte[] value = Arrays.copyOfRange(in, start, start + length);
      if (length == 1 && (value[0] & 0xff) < 0x80) {
        throw new RlpException(
            "single byte below 0x80 encoded as a string at offset " + (start - 1));
      }
      return new Bytes(value);
    }
    List<Item> items = new ArrayList<>();
    int[] inner = {start};
    while (inner[0] < start + length) {
      items.add(read(in, inner, start + length));
    }
    return new ItemList(items);
  }

  /** Input that is not canonical RLP. */
  public static final class RlpException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RlpException(String message) {
      super(message);
    }
  }
}
