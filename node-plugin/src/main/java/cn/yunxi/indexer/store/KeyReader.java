package cn.yunxi.indexer.store;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;

/**
 * Reads back, in order, what a {@link KeyWriter} wrote. Reading past the end is an {@link
 * IllegalStateException}: the store only holds what this code wrote, so a short value is corruption
 * or a bug, never user input.
 */
public final class KeyReader {
  private final byte[] in;
  private int position;

  private KeyReader(byte[] in, int position) {
    this.in = in;
    this.position = position;
  }

  public static KeyReader of(byte[] in) {
    return new KeyReader(in, 0);
  }

  /** A reader that starts {@code offset} bytes in (after a prefix already known). */
  public static KeyReader of(byte[] in, int offset) {
    return new KeyReader(in, offset);
  }

  public Bytes32 bytes32() {
    need(32);
    Bytes32 value = Bytes32.of(in, position);
    position += 32;
    return value;
  }

  public Address address() {
    need(20);
    Address value = Address.of(in, position);
    position += 20;
    return value;
  }

  public long uint64() {
    need(8);
    long v = Keys.uint64(in, position);
    position += 8;
    return v;
  }

  public long int64() {
    need(8);
    long v = Keys.int64(in, position);
    position += 8;
    return v;
  }

  public long uint32() {
    need(4);
    long v = Keys.uint32(in, position);
    position += 4;
    return v;
  }

  public int int32() {
    need(4);
    int v = Keys.int32(in, position);
    position += 4;
    return v;
  }

  public int uint8() {
    need(1);
    return in[position++] & 0xFF;
  }

  /** The constant whose ordinal was written. */
  public <E extends Enum<E>> E ordinal(Class<E> type) {
    int ordinal = uint8();
    E[] values = type.getEnumConstants();
    if (ordinal >= values.length) {
      throw new IllegalStateException(type.getSimpleName() + " has no ordinal " + ordinal);
    }
    return values[ordinal];
  }

  public boolean bool() {
    return uint8() != 0;
  }

  public Instant time() {
    return Instant.ofEpochSecond(int64());
  }

  public BigInteger uint256() {
    return new BigInteger(1, take(32));
  }

  public byte[] raw(int length) {
    return take(length);
  }

  /** What {@link KeyWriter#bytes} wrote. */
  public byte[] bytes() {
    long length = uint32();
    if (length > in.length - position) {
      throw new IllegalStateException("a length of " + length + " runs past the end");
    }
    return take((int) length);
  }

  public Bytes32 optionalBytes32() {
    return bool() ? bytes32() : null;
  }

  public Instant optionalTime() {
    return bool() ? time() : null;
  }

  public Address optionalAddress() {
    return bool() ? address() : null;
  }

  /** Everything not read yet. */
  public byte[] rest() {
    return take(in.length - position);
  }

  public int remaining() {
    return in.length - position;
  }

  /**
   * @throws IllegalStateException if anything is left: a value longer than its layout
   */
  public void end() {
    if (position != in.length) {
      throw new IllegalStateException((in.length - position) + " unexpected trailing bytes");
    }
  }

  private byte[] take(int length) {
    need(length);
    byte[] out = Arrays.copyOfRange(in, position, position + length);
    position += length;
    return out;
  }

  private void need(int length) {
    if (length < 0 || in.length - position < length) {
      throw new IllegalStateException(
          "truncated: need " + length + " bytes at " + position + " of " + in.length);
    }
  }
}
