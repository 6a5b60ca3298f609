package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;

/**
 * An anchored batch and whether its items are indexed.
 *
 * @param root the Merkle root
 * @param department the anchoring department
 * @param anchorer who anchored it
 * @param itemCount how many items the anchor says it has
 * @param manifestRef the manifest blob's content address
 * @param anchoredAt when
 * @param itemsIndexed true if the manifest was found and valid, so every leaf is indexed
 * @param blockNumber the anchor's block
 * @param logIndex the anchor's log index
 */
public record BatchState(
    Bytes32 root,
    Bytes32 department,
    Address anchorer,
    long itemCount,
    Bytes32 manifestRef,
    Instant anchoredAt,
    boolean itemsIndexed,
    long blockNumber,
    int logIndex) {}
