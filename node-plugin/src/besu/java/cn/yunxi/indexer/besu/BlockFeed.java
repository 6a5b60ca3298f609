package cn.yunxi.indexer.besu;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hyperledger.besu.plugin.data.AddedBlockContext;
import org.hyperledger.besu.plugin.services.BesuEvents;

/**
 * The hand-over from Besu's block import to the indexer's thread. Besu calls {@link #onBlockAdded}
 * synchronously inside its block import, holding the blockchain's lock, so this callback only
 * copies the block and offers it to a bounded queue; it never waits, never touches the index and
 * never throws. Whenever it cannot pass a block on faithfully — the queue is full, the chain
 * reorganised, the copy failed — it raises the resync flag instead, and the worker re-reads the
 * chain from {@link org.hyperledger.besu.plugin.services.BlockchainService}, which is always right.
 */
final class BlockFeed implements BesuEvents.BlockAddedListener {
  private final BlockingQueue<RawBlock> queue;
  private final BlockConverter converter;
  private final AtomicBoolean resync = new AtomicBoolean();
  private final AtomicLong overflows = new AtomicLong();

  BlockFeed(int capacity, BlockConverter converter) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.converter = converter;
  }

  @Override
  public void onBlockAdded(AddedBlockContext context) {
    try {
      switch (context.getEventType()) {
        case HEAD_ADVANCED -> {
          RawBlock block =
              converter.convert(
                  context.getBlockHeader(),
                  context.getBlockBody(),
                  context.getTransactionReceipts());
          if (!queue.offer(block)) {
            overflows.incrementAndGet();
            resync.set(true);
          }
        }
        // Besu announces only the new head of a reorganisation, not the blocks between it and
        // the common ancestor, nor which blocks left the chain: re-read instead.
        case CHAIN_REORG -> resync.set(true);
        // Neither changes the canonical chain.
        case FORK, STORED_ONLY -> {}
        default -> resync.set(true);
      }
    } catch (RuntimeException e) {
      // An exception here would surface in Besu's block import; the re-read will meet (and
      // report) the same problem on the indexer's thread.
      resync.set(true);
    }
  }

  /** The next block handed over, or null after {@code timeout}. */
  RawBlock poll(Duration timeout) throws InterruptedException {
    return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether a resync was asked for since the last call; clears the request. */
  boolean takeResync() {
    return resync.getAndSet(false);
  }

  void requestResync() {
    resync.set(true);
  }

  int queued() {
    return queue.size();
  }

  /** How many blocks found the queue full (each turned into a resync). */
  long overflows() {
    return overflows.get();
  }
}
