/**
 * The indexer's storage layer: a RocksDB database with one column family per index ({@link
 * cn.yunxi.indexer.store.RocksStore}), order-preserving fixed-width key encodings ({@link
 * cn.yunxi.indexer.store.Keys}, {@link cn.yunxi.indexer.store.KeyWriter}, {@link
 * cn.yunxi.indexer.store.KeyReader}), bounded range scans, consistent snapshots, and write batches
 * that record what they overwrite so that they can be undone ({@link
 * cn.yunxi.indexer.store.TrackedBatch}, {@link cn.yunxi.indexer.store.UndoLog}). It knows nothing
 * of Yunxi events.
 */
package cn.yunxi.indexer.store;
