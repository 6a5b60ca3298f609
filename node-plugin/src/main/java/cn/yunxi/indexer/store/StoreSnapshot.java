package cn.yunxi.indexer.store;

import org.rocksdb.ReadOptions;
import org.rocksdb.Snapshot;

/**
 * The store as it was at one instant: a query that reads several keys sees one committed state,
 * never half of a block applied meanwhile. Close it (it pins old data in RocksDB while open).
 */
public final class StoreSnapshot implements StoreReader, AutoCloseable {
  private final RocksStore store;
  private final Snapshot snapshot;
  // One for every get of this snapshot: a query makes hundreds of gets.
  private final ReadOptions getOptions;
  private boolean closed;

  StoreSnapshot(RocksStore store, Snapshot snapshot) {
    this.store = store;
    this.snapshot = snapshot;
    this.getOptions = new ReadOptions().setSnapshot(snapshot);
  }

  @Override
  public byte[] get(ColumnSpec column, byte[] key) {
    return store.get(column, key, getOptions);
  }

  @Override
  public void scan(ColumnSpec column, byte[] from, byte[] to, ScanVisitor visitor) {
    store.scan(column, from, to, snapshot, visitor);
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      store.release(snapshot);
      getOptions.close();
    }
  }
}
