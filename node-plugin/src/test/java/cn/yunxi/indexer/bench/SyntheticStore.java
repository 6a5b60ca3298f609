package cn.yunxi.indexer.bench;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.index.RocksIndex;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/**
 * Loads a {@link SyntheticChain} of {@code events} events into a fresh {@link RocksIndex} through
 * the indexer's own write path, {@link RocksIndex#apply}, block by block (one write batch per block
 * with its checkpoint and undo record, as the follower does). The blocks are generated on a second
 * thread while the index applies.
 */
final class SyntheticStore {
  private SyntheticStore() {}

  /** The chain as generated (its samples of cases and items), once its blocks are all applied. */
  static SyntheticChain load(RocksIndex index, long events) throws Exception {
    SyntheticChain chain = new SyntheticChain(20_260_701L);
    BlockingQueue<ChainBlock> queue = new ArrayBlockingQueue<>(1024);
    ChainBlock end =
        new ChainBlock(
            0,
            cn.yunxi.sdk.model.Bytes32.ZERO,
            cn.yunxi.sdk.model.Bytes32.ZERO,
            java.time.Instant.EPOCH,
            java.util.List.of());
    CompletableFuture<Void> producer =
        CompletableFuture.runAsync(
            () -> {
              try {
                while (chain.events() < events) {
                  queue.put(chain.next());
                }
                queue.put(end);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    while (true) {
      ChainBlock b = queue.take();
      if (b == end) {
        break;
      }
      index.apply(b);
    }
    producer.join();
    return chain;
  }

  static RocksIndex open(Path dir) {
    return RocksIndex.open(dir, ref -> Optional.empty());
  }
}
