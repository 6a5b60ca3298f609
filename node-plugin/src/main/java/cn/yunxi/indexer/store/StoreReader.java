package cn.yunxi.indexer.store;

/**
 * Reads of the store: the latest state ({@link RocksStore}) or a fixed one ({@link StoreSnapshot}).
 */
public interface StoreReader {

  /** The value at {@code key}, or null if there is none. */
  byte[] get(ColumnSpec column, byte[] key);

  /**
   * Visits the entries with {@code from <= key < to} (unsigned lexicographic order) in ascending
   * order, until the range ends or the visitor says stop. Both bounds are required: every scan is
   * bounded, so an iterator never wanders into the rest of the column family.
   */
  void scan(ColumnSpec column, byte[] from, byte[] to, ScanVisitor visitor);

  /** Visits every entry of the column family, in key order. */
  default void scanAll(ColumnSpec column, ScanVisitor visitor) {
    scan(column, new byte[0], Keys.MAX_KEY.clone(), visitor);
  }

  /** Visits the entries whose keys start with {@code prefix}. */
  default void scanPrefix(ColumnSpec column, byte[] prefix, ScanVisitor visitor) {
    scan(column, prefix, Keys.prefixEnd(prefix), visitor);
  }
}
