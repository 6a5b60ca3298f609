package cn.yunxi.indexer.follow;

import cn.yunxi.indexer.chain.Checkpoint;
import java.time.Instant;

/**
 * A snapshot of a {@link ChainSync}'s progress.
 *
 * @param head the node's newest block number when last asked, -1 before the first answer
 * @param checkpoint the index's newest block
 * @param lag how many blocks the index is behind the head (0 when at or past it)
 * @param blocksApplied blocks applied since start (re-applied blocks after a reorganisation count
 *     again)
 * @param eventsApplied events in those blocks
 * @param blocksRolledBack blocks undone because of reorganisations since start
 * @param caughtUp true when the index holds every block up to head − confirmations and its newest
 *     block was canonical when last checked
 * @param failing true while the node cannot be read (or the index cannot be written): the loop is
 *     retrying
 * @param lastError the most recent failure's message, null if there was none
 * @param lastErrorAt when it happened, null if there was none
 * @param running whether the loop runs
 */
public record SyncStatus(
    long head,
    Checkpoint checkpoint,
    long lag,
    long blocksApplied,
    long eventsApplied,
    long blocksRolledBack,
    boolean caughtUp,
    boolean failing,
    String lastError,
    Instant lastErrorAt,
    boolean running) {}
