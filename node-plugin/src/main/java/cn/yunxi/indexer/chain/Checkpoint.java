package cn.yunxi.indexer.chain;

import cn.yunxi.sdk.model.Bytes32;
import java.util.Objects;

/**
 * The last block an index holds: its number and hash. {@link #BEFORE_GENESIS} is the checkpoint of
 * an empty index — "block -1", whose hash is the genesis block's parent hash (all zeros).
 *
 * @param number the block number, -1 for an empty index
 * @param hash the block hash
 */
public record Checkpoint(long number, Bytes32 hash) {
  /** An empty index: the next block is 0, whose parent hash is all zeros. */
  public static final Checkpoint BEFORE_GENESIS = new Checkpoint(-1, Bytes32.ZERO);

  public Checkpoint {
    if (number < -1) {
      throw new IllegalArgumentException("number < -1: " + number);
    }
    Objects.requireNonNull(hash, "hash");
  }

  /** The number of the next block to apply. */
  public long next() {
    return number + 1;
  }

  /**
   * Whether {@code block} extends this checkpoint: the next number, and this hash as its parent.
   */
  public boolean isParentOf(ChainBlock block) {
    return block.number() == next() && block.parentHash().equals(hash);
  }
}
