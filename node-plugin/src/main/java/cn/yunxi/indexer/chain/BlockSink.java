package cn.yunxi.indexer.chain;

/**
 * Where the chain's blocks go, one at a time and in order: the index. {@link #apply} takes only the
 * block that extends the checkpoint; on a fork the caller {@link #rollback rolls back} until the
 * checkpoint is on the canonical chain again, then applies the canonical blocks.
 */
public interface BlockSink {

  /** The newest block applied, or {@link Checkpoint#BEFORE_GENESIS}. */
  Checkpoint checkpoint();

  /**
   * Applies {@code block} atomically together with the new checkpoint and what is needed to undo
   * it: after a crash at any instant the block is either wholly applied or not at all.
   *
   * @throws NotNextBlockException if the block does not extend {@link #checkpoint()} (wrong number
   *     or a parent hash that differs: a reorganisation); nothing is written
   */
  void apply(ChainBlock block);

  /**
   * Undoes the newest block, atomically, and answers the checkpoint before it.
   *
   * @throws IllegalStateException if there is nothing to undo (an empty index, or a fork deeper
   *     than the undo records kept)
   */
  Checkpoint rollback();
}
