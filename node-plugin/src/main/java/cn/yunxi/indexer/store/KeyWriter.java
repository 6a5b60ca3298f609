package cn.yunxi.indexer.store;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;

/**
 * Builds a composite key (or a value with a fixed layout) from the encodings of {@link Keys}, in
 * order. Each component has a fixed width, so composites compare component by component; {@link
 * #bytes} (length-prefixed) is for values only — it would not preserve order in a key.
 */
public final class KeyWriter {
  private final ByteArrayOutputStream out;

  private KeyWriter(int capacity) {
    this.out = new ByteArrayOutputStream(capacity);
  }

  /** An empty key. */
  public static KeyWriter key() {
    return new KeyWriter(64);
  }

  public KeyWriter bytes32(Bytes32 value) {
    out.writeBytes(value.toByteArray());
    return this;
  }

  public KeyWriter address(Address value) {
    out.writeBytes(value.toByteArray());
    return this;
  }

  public KeyWriter uint64(long value) {
    out.writeBytes(Keys.uint64(value));
    return this;
  }

  public KeyWriter int64(long value) {
    out.writeBytes(Keys.int64(value));
    return this;
  }

  public KeyWriter uint32(long value) {
    out.writeBytes(Keys.uint32(value));
    return this;
  }

  public KeyWriter int32(int value) {
    out.writeBytes(Keys.int32(value));
    return this;
  }

  /**
   * @throws IllegalArgumentException if {@code value} is not 0..255
   */
  public KeyWriter uint8(int value) {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException("not a uint8: " + value);
    }
    out.write(value);
    return this;
  }

  /** An enum constant as its ordinal, one byte. */
  public KeyWriter ordinal(Enum<?> value) {
    return uint8(value.ordinal());
  }

  public KeyWriter bool(boolean value) {
    return uint8(value ? 1 : 0);
  }

  /** A time as its epoch second (int64: order-preserving, also before 1970); nanos are dropped. */
  public KeyWriter time(Instant value) {
    return int64(value.getEpochSecond());
  }

  /**
   * A uint256 as 32 big-endian bytes.
   *
   * @throws IllegalArgumentException if {@code value} is negative or wider than 256 bits
   */
  public KeyWriter uint256(BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > 256) {
      throw new IllegalArgumentException("not a uint256: " + value);
    }
    byte[] raw = value.toByteArray();
    byte[] word = new byte[32];
    int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, word, 32 - length, length);
    out.writeBytes(word);
    return this;
  }

  /** Bytes as they are, no length: a fixed-width component or the tail of a value. */
  public KeyWriter raw(byte[] value) {
    out.writeBytes(value);
    return this;
  }

  /** A uint32 length, then the bytes: for variable-length parts of values. */
  public KeyWriter bytes(byte[] value) {
    uint32(value.length);
    out.writeBytes(value);
    return this;
  }

  /** A presence byte, then the value if there is one. */
  public KeyWriter optionalBytes32(Bytes32 value) {
    bool(value != null);
    return value == null ? this : bytes32(value);
  }

  /** A presence byte, then the time if there is one. */
  public KeyWriter optionalTime(Instant value) {
    bool(value != null);
    return value == null ? this : time(value);
  }

  /** A presence byte, then the address if there is one. */
  public KeyWriter optionalAddress(Address value) {
    bool(value != null);
    return value == null ? this : address(value);
  }

  public int length() {
    return out.size();
  }

  public byte[] build() {
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return Arrays.toString(out.toByteArray());
  }
}
