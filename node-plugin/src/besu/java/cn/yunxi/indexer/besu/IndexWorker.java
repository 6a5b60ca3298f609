package cn.yunxi.indexer.besu;

import cn.yunxi.indexer.chain.BlockSink;
import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.chain.NotNextBlockException;
import cn.yunxi.indexer.follow.ChainSync;
import cn.yunxi.sdk.events.EventDecoder;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexer's one writer thread. It first catches up from the index's checkpoint, then applies
 * the blocks {@link BlockFeed} hands over; whenever a block does not extend the checkpoint, or the
 * feed asks for it, it resyncs through {@link ChainSync}, which rolls back forks and re-reads the
 * canonical chain. Only this thread calls the sink, so the store needs no locking of its own.
 */
final class IndexWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexWorker.class);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration MIN_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final BlockFeed feed;
  private final ChainSync sync;
  private final BlockSink sink;
  private final EventDecoder decoder;

  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong resyncs = new AtomicLong();
  private volatile Checkpoint checkpoint = Checkpoint.BEFORE_GENESIS;
  private volatile String lastError;
  private volatile Instant lastErrorAt;
  private volatile boolean running;
  private Thread thread;

  IndexWorker(BlockFeed feed, ChainSync sync, BlockSink sink, EventDecoder decoder) {
    this.feed = feed;
    this.sync = sync;
    this.sink = sink;
    this.decoder = decoder;
  }

  synchronized void start() {
    checkpoint = sink.checkpoint();
    // The first pass is the catch-up from the checkpoint to the head.
    feed.requestResync();
    running = true;
    thread = new Thread(this, "yunxi-indexer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Stops the thread and waits for it. A write in progress is not interruptible (RocksDB), so this
   * waits up to {@code timeout} for it to end.
   *
   * @return true if the thread has ended: only then may the store be closed
   */
  synchronized boolean stop(Duration timeout) throws InterruptedException {
    running = false;
    if (thread == null) {
      return true;
    }
    thread.interrupt();
    thread.join(timeout.toMillis());
    return !thread.isAlive();
  }

  @Override
  public void run() {
    Duration backoff = MIN_BACKOFF;
    while (running) {
      try {
        if (feed.takeResync()) {
          resync();
        } else {
          RawBlock next = feed.poll(POLL);
          if (next != null) {
            applyPushed(next);
          }
        }
        backoff = MIN_BACKOFF;
      } catch (InterruptedException e) {
        // stop() interrupts; anything else is spurious: the loop condition decides.
      } catch (Exception e) {
        // The chain moved mid-read, the store failed, or a trusted contract's log did not decode
        // (EventDecodingException: a misconfiguration). Retry from the chain after a pause; the
        // error stays visible in yunxi_status until a pass succeeds.
        lastError = e.toString();
        lastErrorAt = Instant.now();
        LOG.warn("Yunxi indexer: {}; resyncing in {}", e, backoff);
        feed.requestResync();
        if (!sleep(backoff)) {
          continue;
        }
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
      }
    }
  }

  private void applyPushed(RawBlock block) throws IOException, InterruptedException {
    if (block.number() <= checkpoint.number()) {
      // Already applied by a catch-up that read past it. Reorganisations never arrive here
      // (BlockFeed turns them into resyncs), so an old number means an old block.
      return;
    }
    try {
      sink.apply(block.decode(decoder));
      applied.incrementAndGet();
      checkpoint = sink.checkpoint();
    } catch (NotNextBlockException e) {
      // A gap (blocks dropped while the queue was full) or a fork: ChainSync sorts out which.
      resync();
    }
  }

  private void resync() throws IOException, InterruptedException {
    resyncs.incrementAndGet();
    long before = checkpoint.number();
    try {
      sync.catchUp();
    } finally {
      // Read back even when the pass failed half-way: it may have rolled back or applied blocks.
      checkpoint = sink.checkpoint();
    }
    applied.addAndGet(Math.max(0, checkpoint.number() - before));
    lastError = null;
    lastErrorAt = null;
  }

  private boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /** What the worker has done so far; safe to call from any thread. */
  WorkerStatus status() {
    return new WorkerStatus(
        checkpoint,
        applied.get(),
        resyncs.get(),
        feed.queued(),
        feed.overflows(),
        lastError,
        lastErrorAt,
        running);
  }

  /**
   * A snapshot of the worker, for {@code yunxi_status}.
   *
   * @param checkpoint the newest block in the index
   * @param blocksApplied blocks applied since start (approximate across rollbacks)
   * @param resyncs catch-up passes since start, the first one included
   * @param queued blocks waiting in the feed
   * @param overflows blocks that found the feed full
   * @param lastError the last failure, null once a later pass succeeded
   * @param lastErrorAt when it happened
   * @param running whether the worker thread runs
   */
  record WorkerStatus(
      Checkpoint checkpoint,
      long blocksApplied,
      long resyncs,
      int queued,
      long overflows,
      String lastError,
      Instant lastErrorAt,
      boolean running) {}
}
