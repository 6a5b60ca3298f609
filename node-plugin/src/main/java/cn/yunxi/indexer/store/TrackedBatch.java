package cn.yunxi.indexer.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A write batch that can be undone: the first time it writes a key it reads the key's current value
 * (or absence) and remembers it; {@link #undoLog()} lists them. Reads through the batch ({@link
 * #get}) see the batch's own earlier writes, so a block whose events update the same state twice
 * builds on its own first update, and the undo log still holds the value from before the block —
 * not an intermediate one.
 *
 * <p>{@link #putUntracked}/{@link #deleteUntracked} write without being recorded: for the undo
 * records themselves, which must not undo themselves. Not thread-safe: one writer builds one batch.
 */
public final class TrackedBatch implements AutoCloseable {
  // Compared by identity: an empty value that was really stored is another array.
  private static final byte[] ABSENT = new byte[0];

  private final RocksStore store;
  private final StoreBatch batch;

  /** The latest value written by this batch per cell; {@link #ABSENT} for a delete. */
  private final Map<Cell, byte[]> written = new HashMap<>();

  /** The value before this batch, per cell, in first-write order; {@link #ABSENT} if none. */
  private final Map<Cell, byte[]> prior = new LinkedHashMap<>();

  private record Cell(int column, ByteBuffer key) {}

  TrackedBatch(RocksStore store) {
    this.store = store;
    this.batch = store.newBatch();
  }

  /** The value as it stands with this batch's writes so far, or null if there is none. */
  public byte[] get(ColumnSpec column, byte[] key) {
    byte[] pending = written.get(cell(column, key));
    if (pending != null) {
      return pending == ABSENT ? null : pending.clone();
    }
    return store.get(column, key);
  }

  public void put(ColumnSpec column, byte[] key, byte[] value) {
    track(column, key);
    putUntracked(column, key, value);
  }

  public void delete(ColumnSpec column, byte[] key) {
    track(column, key);
    deleteUntracked(column, key);
  }

  /** A put that {@link #undoLog()} does not record. */
  public void putUntracked(ColumnSpec column, byte[] key, byte[] value) {
    batch.put(column, key, value);
    written.put(cell(column, key), value.clone());
  }

  /** A delete that {@link #undoLog()} does not record. */
  public void deleteUntracked(ColumnSpec column, byte[] key) {
    batch.delete(column, key);
    written.put(cell(column, key), ABSENT);
  }

  /** What the tracked writes overwrote, to restore the state before this batch. */
  public UndoLog undoLog() {
    List<UndoLog.Entry> entries = new ArrayList<>(prior.size());
    prior.forEach(
        (cell, value) ->
            entries.add(
                new UndoLog.Entry(
                    cell.column(), cell.key().array().clone(), value == ABSENT ? null : value)));
    return new UndoLog(entries);
  }

  /** The underlying batch, for {@link RocksStore#write}. */
  public StoreBatch batch() {
    return batch;
  }

  private void track(ColumnSpec column, byte[] key) {
    Cell cell = cell(column, key);
    if (!prior.containsKey(cell)) {
      byte[] before = get(column, key);
      prior.put(cell, before == null ? ABSENT : before);
    }
  }

  private static Cell cell(ColumnSpec column, byte[] key) {
    return new Cell(column.id(), ByteBuffer.wrap(key.clone()));
  }

  @Override
  public void close() {
    batch.close();
  }
}
