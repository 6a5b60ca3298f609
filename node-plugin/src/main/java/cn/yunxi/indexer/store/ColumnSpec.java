package cn.yunxi.indexer.store;

/**
 * A column family the store opens. The id is written into undo records and page cursors, so it must
 * never change nor be reused once data exists; the name is RocksDB's.
 */
public interface ColumnSpec {

  /** A stable id, 1..255. */
  int id();

  /** The column family's name in RocksDB. */
  String columnName();
}
