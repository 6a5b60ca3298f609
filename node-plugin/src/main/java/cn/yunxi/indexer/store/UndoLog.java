package cn.yunxi.indexer.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What a {@link TrackedBatch} overwrote: for every key it wrote, the value it had before, or its
 * absence. Applying the log to a batch ({@link #revertInto}) restores exactly the state before the
 * tracked batch. Encoded compactly for storage:
 *
 * <pre>
 * count:uint32, then per entry: column:uint8, key:bytes, present:uint8 [, value:bytes]
 * </pre>
 *
 * @param entries one per key written, in the order they were first written
 */
public record UndoLog(List<Entry> entries) {

  /**
   * One key's prior state.
   *
   * @param column the column family id
   * @param key the key
   * @param previous its value before the batch, or null if it had none
   */
  public record Entry(int column, byte[] key, byte[] previous) {
    public Entry {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e
          && column == e.column
          && Arrays.equals(key, e.key)
          && Arrays.equals(previous, e.previous);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * column + Arrays.hashCode(key)) + Arrays.hashCode(previous);
    }
  }

  public UndoLog {
    entries = List.copyOf(entries);
  }

  public byte[] encode() {
    KeyWriter out = KeyWriter.key().uint32(entries.size());
    for (Entry e : entries) {
      out.uint8(e.column()).bytes(e.key()).bool(e.previous() != null);
      if (e.previous() != null) {
        out.bytes(e.previous());
      }
    }
    return out.build();
  }

  /**
   * @throws IllegalStateException if {@code encoded} is not an undo log
   */
  public static UndoLog decode(byte[] encoded) {
    KeyReader in = KeyReader.of(encoded);
    long count = in.uint32();
    List<Entry> entries = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      int column = in.uint8();
      byte[] key = in.bytes();
      byte[] previous = in.bool() ? in.bytes() : null;
      entries.add(new Entry(column, key, previous));
    }
    in.end();
    return new UndoLog(entries);
  }

  /**
   * Adds to {@code batch} the writes that restore every entry's prior state.
   *
   * @param columns the column of each id
   */
  public void revertInto(StoreBatch batch, IntFunction<ColumnSpec> columns) {
    for (Entry e : entries) {
      ColumnSpec column = columns.apply(e.column());
      if (e.previous() == null) {
        batch.delete(column, e.key());
      } else {
        batch.put(column, e.key(), e.previous());
      }
    }
  }
}
