/**
 * The Yunxi index: {@link cn.yunxi.indexer.index.RocksIndex} applies the chain's blocks to a
 * RocksDB store (one column family per index, see {@link cn.yunxi.indexer.index.IndexColumn}),
 * atomically with its checkpoint and undo record, and {@link cn.yunxi.indexer.index.IndexQueries}
 * answers from it with keyset-paginated lists of plain records.
 */
package cn.yunxi.indexer.index;
