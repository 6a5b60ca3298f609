package cn.yunxi.indexer.store;

import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/** Writes to commit together, atomically, with {@link RocksStore#write}. Close it after. */
public final class StoreBatch implements AutoCloseable {
  private final RocksStore store;
  private final WriteBatch batch = new WriteBatch();

  StoreBatch(RocksStore store) {
    this.store = store;
  }

  /**
   * @throws IllegalArgumentException if the key is not shorter than {@link Keys#MAX_KEY_LENGTH}
   */
  public void put(ColumnSpec column, byte[] key, byte[] value) {
    checkKey(key);
    try {
      batch.put(store.handle(column), key, value);
    } catch (RocksDBException e) {
      throw new StoreException("cannot add a put to a batch", e);
    }
  }

  public void delete(ColumnSpec column, byte[] key) {
    checkKey(key);
    try {
      batch.delete(store.handle(column), key);
    } catch (RocksDBException e) {
      throw new StoreException("cannot add a delete to a batch", e);
    }
  }

  /** How many operations the batch holds. */
  public int count() {
    return batch.count();
  }

  WriteBatch writeBatch() {
    return batch;
  }

  RocksStore store() {
    return store;
  }

  private static void checkKey(byte[] key) {
    if (key.length >= Keys.MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "key of " + key.length + " bytes, keys must be shorter than " + Keys.MAX_KEY_LENGTH);
    }
  }

  @Override
  public void close() {
    batch.close();
  }
}
