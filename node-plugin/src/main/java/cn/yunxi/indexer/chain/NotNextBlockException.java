package cn.yunxi.indexer.chain;

/** A block that does not extend the index's checkpoint: a gap, a repeat, or a fork. */
public final class NotNextBlockException extends RuntimeException {
  private final Checkpoint checkpoint;
  private final ChainBlock block;

  public NotNextBlockException(Checkpoint checkpoint, ChainBlock block) {
    super(
        "block "
            + block.number()
            + " "
            + block.hash()
            + " (parent "
            + block.parentHash()
            + ") does not extend the checkpoint "
            + checkpoint.number()
            + " "
            + checkpoint.hash());
    this.checkpoint = checkpoint;
    this.block = block;
  }

  /** The checkpoint the block was offered to. */
  public Checkpoint checkpoint() {
    return checkpoint;
  }

  /** The block refused. */
  public ChainBlock block() {
    return block;
  }

  /** True when the block has the next number but another parent: the chain has forked. */
  public boolean isFork() {
    return block.number() == checkpoint.next();
  }
}
