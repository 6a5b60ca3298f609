package cn.yunxi.indexer.store;

import java.util.Arrays;

/**
 * Order-preserving, fixed-width encodings for keys: comparing two encodings byte by byte (unsigned,
 * as RocksDB's default comparator does) orders them as their values are ordered, so range scans are
 * ranges of values and composite keys sort by their first component, then the second, and so on.
 *
 * <ul>
 *   <li>uint64 / uint32: big-endian (unsigned order);
 *   <li>int64 / int32: big-endian with the sign bit flipped (so negatives sort first);
 *   <li>bytes32 / address: their 32 / 20 bytes;
 *   <li>an enum: its ordinal in one byte.
 * </ul>
 *
 * Keys are shorter than {@link #MAX_KEY_LENGTH} bytes, which is what lets {@link #MAX_KEY} bound a
 * scan of a whole column family.
 */
public final class Keys {
  /** Every key is shorter than this. */
  public static final int MAX_KEY_LENGTH = 256;

  /** A key greater than every key the store accepts: {@value #MAX_KEY_LENGTH} bytes of 0xFF. */
  static final byte[] MAX_KEY = filled(MAX_KEY_LENGTH);

  private Keys() {}

  public static byte[] uint64(long value) {
    byte[] out = new byte[8];
    putLong(out, 0, value);
    return out;
  }

  public static long uint64(byte[] bytes, int offset) {
    return getLong(bytes, offset);
  }

  public static byte[] int64(long value) {
    return uint64(value ^ Long.MIN_VALUE);
  }

  public static long int64(byte[] bytes, int offset) {
    return getLong(bytes, offset) ^ Long.MIN_VALUE;
  }

  /**
   * @throws IllegalArgumentException if {@code value} is not in 0..2^32-1
   */
  public static byte[] uint32(long value) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("not a uint32: " + value);
    }
    byte[] out = new byte[4];
    putInt(out, 0, (int) value);
    return out;
  }

  public static long uint32(byte[] bytes, int offset) {
    return getInt(bytes, offset) & 0xFFFF_FFFFL;
  }

  public static byte[] int32(int value) {
    byte[] out = new byte[4];
    putInt(out, 0, value ^ Integer.MIN_VALUE);
    return out;
  }

  public static int int32(byte[] bytes, int offset) {
    return getInt(bytes, offset) ^ Integer.MIN_VALUE;
  }

  /** Unsigned lexicographic comparison, RocksDB's default key order. */
  public static int compare(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  /** Whether {@code key} starts with {@code prefix}. */
  public static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /**
   * The exclusive upper bound of the keys starting with {@code prefix}: the prefix with its last
   * byte below 0xFF incremented and the rest dropped; {@link #MAX_KEY} when there is no such byte
   * (an empty or all-0xFF prefix).
   */
  public static byte[] prefixEnd(byte[] prefix) {
    for (int i = prefix.length - 1; i >= 0; i--) {
      if (prefix[i] != (byte) 0xFF) {
        byte[] end = Arrays.copyOf(prefix, i + 1);
        end[i]++;
        return end;
      }
    }
    return MAX_KEY.clone();
  }

  /** The smallest key greater than {@code key}: {@code key} followed by a zero byte. */
  public static byte[] successor(byte[] key) {
    return Arrays.copyOf(key, key.length + 1);
  }

  static void putLong(byte[] out, int offset, long value) {
    for (int i = 7; i >= 0; i--) {
      out[offset + i] = (byte) value;
      value >>>= 8;
    }
  }

  static long getLong(byte[] in, int offset) {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (in[offset + i] & 0xFF);
    }
    return value;
  }

  static void putInt(byte[] out, int offset, int value) {
    for (int i = 3; i >= 0; i--) {
      out[offset + i] = (byte) value;
      value >>>= 8;
    }
  }

  static int getInt(byte[] in, int offset) {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = (value << 8) | (in[offset + i] & 0xFF);
    }
    return value;
  }

  private static byte[] filled(int length) {
    byte[] out = new byte[length];
    Arrays.fill(out, (byte) 0xFF);
    return out;
  }
}
