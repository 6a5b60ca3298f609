package cn.yunxi.indexer.bench;

import cn.yunxi.indexer.index.RocksIndex;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until a freshly written store has finished its background flushes and compactions, so that
 * latencies are measured on an index in its steady state rather than one RocksDB is still rewriting
 * on the other core.
 */
final class Settling {
  private Settling() {}

  static void await(RocksIndex index, Duration atMost) {
    long started = System.nanoTime();
    long deadline = started + atMost.toNanos();
    while (index.backgroundWorkPending() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
    }
    System.err.printf(
        "  store settled (RocksDB flushes and compactions done) after %.1f s%s%n",
        (System.nanoTime() - started) / 1e9,
        index.backgroundWorkPending() ? " — NOT settled, measuring anyway" : "");
  }
}
