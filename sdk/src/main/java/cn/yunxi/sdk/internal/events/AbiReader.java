package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the elementary ABI values Yunxi events use ({@code bytes32}, {@code address}, {@code bool},
 * {@code uintN}, {@code bytes}) straight from topics and log data, and accepts only their canonical
 * encoding — what Solidity emits: numbers and addresses with clean high bits, booleans 0 or 1,
 * dynamic values at the offsets and with the zero padding the encoder writes, and not one byte
 * more. An indexer decodes every log it stores and every event it serves, so this is a hot path:
 * word reads with no intermediate hex text and no reflection.
 *
 * <p>Values come out as plain Java values: {@link Bytes32} for {@code bytes32}, {@link Address},
 * {@link Boolean}, {@link BigInteger} for every {@code uintN}, {@code byte[]} for {@code bytes}.
 */
final class AbiReader {
  private static final int WORD = 32;

  private AbiReader() {}

  /** A value that is not the canonical encoding of its type; the message says what is wrong. */
  static final class NotCanonicalException extends Exception {
    NotCanonicalException(String message) {
      super(message);
    }
  }

  /** The value of an indexed parameter, from its topic. */
  static Object topic(AbiParam param, Bytes32 topic) throws NotCanonicalException {
    // Bytes32 is immutable: a bytes32 topic is its own value, no copy needed.
    return param.type().equals("bytes32") ? topic : word(param, topic.toByteArray(), 0);
  }

  /**
   * The values of the non-indexed parameters, in order, from the log's data: one head word each,
   * dynamic values in the tail in the same order.
   */
  static Object[] data(List<AbiParam> params, byte[] data) throws NotCanonicalException {
    Object[] values = new Object[params.size()];
    int tail = params.size() * WORD;
    if (data.length < tail) {
      throw new NotCanonicalException(
          "data holds " + data.length + " bytes, the heads alone take " + tail);
    }
    for (int i = 0; i < values.length; i++) {
      AbiParam param = params.get(i);
      int head = i * WORD;
      if (!param.type().equals("bytes")) {
        values[i] = word(param, data, head);
        continue;
      }
      long offset = unsigned(data, head, "offset of " + param.name());
      if (offset != tail) {
        throw new NotCanonicalException(
            param.name()
                + " is at offset "
                + offset
                + ", the canonical encoding puts it at "
                + tail);
      }
      long length = unsigned(data, tail, "length of " + param.name());
      long padded = (length + WORD - 1) / WORD * WORD;
      if (tail + WORD + padded > data.length) {
        throw new NotCanonicalException(
            param.name() + " claims " + length + " bytes, the data holds " + data.length);
      }
      int start = tail + WORD;
      int end = start + (int) length;
      requireZero(data, end, start + (int) padded, "padding of " + param.name());
      values[i] = Arrays.copyOfRange(data, start, end);
      tail = start + (int) padded;
    }
    if (tail != data.length) {
      throw new NotCanonicalException(
          "data holds " + (data.length - tail) + " bytes after the last value");
    }
    return values;
  }

  private static Object word(AbiParam param, byte[] bytes, int at) throws NotCanonicalException {
    String type = param.type();
    switch (type) {
      case "bytes32":
        return Bytes32.of(bytes, at);
      case "address":
        requireZero(bytes, at, at + 12, param.name() + " (an address)");
        return Address.of(bytes, at + 12);
      case "bool":
        requireZero(bytes, at, at + WORD - 1, param.name() + " (a bool)");
        byte last = bytes[at + WORD - 1];
        if (last != 0 && last != 1) {
          throw new NotCanonicalException(param.name() + " is a bool of value " + last);
        }
        return last == 1;
      default:
        // AbiParam admits nothing else: a uintN of uintBytes bytes.
        int used = param.uintBytes();
        requireZero(bytes, at, at + WORD - used, param.name() + " (a " + type + ")");
        return new BigInteger(1, bytes, at + WORD - used, used);
    }
  }

  /** A word that must hold a small unsigned number (an offset or a length). */
  private static long unsigned(byte[] data, int at, String what) throws NotCanonicalException {
    if (at + WORD > data.length) {
      throw new NotCanonicalException(what + " lies beyond the data");
    }
    requireZero(data, at, at + WORD - 4, what);
    long value = 0;
    for (int i = at + WORD - 4; i < at + WORD; i++) {
      value = value << 8 | (data[i] & 0xff);
    }
    return value;
  }

  private static void requireZero(byte[] bytes, int from, int to, String what)
      throws NotCanonicalException {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        throw new NotCanonicalException(what + " has a non-zero byte where the encoding has zeros");
      }
    }
  }
}
