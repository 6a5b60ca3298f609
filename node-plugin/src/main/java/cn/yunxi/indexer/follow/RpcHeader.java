package cn.yunxi.indexer.follow;

import cn.yunxi.sdk.model.Bytes32;

/**
 * The four fields of a block header the indexer needs; everything else a node sends is skipped
 * while parsing.
 *
 * @param number the block number
 * @param hash the block hash
 * @param parentHash the parent's hash
 * @param timestamp seconds since the epoch
 */
record RpcHeader(long number, Bytes32 hash, Bytes32 parentHash, long timestamp) {}
