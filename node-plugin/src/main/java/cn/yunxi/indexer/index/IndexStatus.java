package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.Checkpoint;

/**
 * Where the index stands. The counters are written in the same batch as the blocks they count, so
 * they are exact after a crash and go back with a rollback.
 *
 * @param checkpoint the newest block applied
 * @param blocks how many blocks are applied
 * @param eventsIndexed how many events those blocks held
 * @param manifestsMissing how many anchored batches were indexed without their items, because their
 *     manifest was missing, unreadable, or did not match the anchor
 */
public record IndexStatus(
    Checkpoint checkpoint, long blocks, long eventsIndexed, long manifestsMissing) {}
