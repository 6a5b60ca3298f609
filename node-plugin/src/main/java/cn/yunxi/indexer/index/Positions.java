package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.indexer.store.Keys;
import java.util.Arrays;

/**
 * Event positions as key components: {@code block:uint64 ‖ logIndex:uint32} (12 bytes), and an
 * evidence item's {@code position ‖ leaf:uint32} (16 bytes). Ordered as the chain orders events.
 */
final class Positions {
  static final int EVENT = 12;
  static final int ITEM = 16;

  private Positions() {}

  static byte[] event(long block, int logIndex) {
    return KeyWriter.key().uint64(block).uint32(logIndex).build();
  }

  static byte[] item(byte[] event, long leaf) {
    return KeyWriter.key().raw(event).uint32(leaf).build();
  }

  /** The block of a position found at {@code offset} of a key. */
  static long block(byte[] key, int offset) {
    return Keys.uint64(key, offset);
  }

  static int logIndex(byte[] key, int offset) {
    return (int) Keys.uint32(key, offset + 8);
  }

  static int leaf(byte[] key, int offset) {
    return (int) Keys.uint32(key, offset + 12);
  }

  /** The 12-byte event position at {@code offset} of a key. */
  static byte[] eventAt(byte[] key, int offset) {
    return Arrays.copyOfRange(key, offset, offset + EVENT);
  }
}
