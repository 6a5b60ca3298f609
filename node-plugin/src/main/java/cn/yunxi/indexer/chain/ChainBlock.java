package cn.yunxi.indexer.chain;

import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The indexer's one input: a block of the canonical chain with the Yunxi events it holds, in log
 * order. Every block comes, with or without events — the parent hashes chained block to block are
 * how the indexer notices a reorganisation. The JSON-RPC follower and the Besu adapter both produce
 * these.
 *
 * @param number the block number
 * @param hash the block hash
 * @param parentHash the parent block's hash
 * @param time the block's timestamp
 * @param events the block's Yunxi events, in log-index order (often none)
 */
public record ChainBlock(
    long number, Bytes32 hash, Bytes32 parentHash, Instant time, List<ChainEvent> events) {
  public ChainBlock {
    if (number < 0) {
      throw new IllegalArgumentException("number < 0: " + number);
    }
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(parentHash, "parentHash");
    Objects.requireNonNull(time, "time");
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    for (ChainEvent e : events) {
      if (e.log().blockNumber() != number || !e.log().blockHash().equals(hash)) {
        throw new IllegalArgumentException(
            "event at " + e.event().meta().position() + " is not in block " + number + " " + hash);
      }
    }
  }

  /** This block's position, as a checkpoint. */
  public Checkpoint checkpoint() {
    return new Checkpoint(number, hash);
  }
}
