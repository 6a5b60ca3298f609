package cn.yunxi.indexer.follow;

import cn.yunxi.indexer.chain.BlockSink;
import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainReader;
import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.chain.NotNextBlockException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The indexer's sync loop: brings a {@link BlockSink} up to the node's head − confirmations and
 * keeps it there, on a daemon thread.
 *
 * <p>Each round asks the {@link ChainReader} for the head, then for the blocks after the sink's
 * checkpoint in ranges sized by a {@link RangePolicy}, and applies them one by one. Data always
 * comes from the checkpoint onwards — a {@link HeadWatcher} only {@linkplain #wake() wakes} the
 * loop — so whatever was missed while the node or a subscription was down is read on the next
 * round.
 *
 * <p><b>Reorganisations.</b> When a block's parent is not the checkpoint ({@link
 * NotNextBlockException#isFork()}), or when caught up the checkpoint's hash is no longer the
 * canonical hash of its number, the sink is rolled back block by block until its checkpoint is
 * canonical again, and the loop carries on from there.
 *
 * <p><b>Start block.</b> A sink has no way to start anywhere but block 0 (its empty checkpoint is
 * "block -1"), and block N can only be applied on top of block N−1. So with a start block S > 0 the
 * loop still applies blocks 0..S−1, but without their events: a cheap header-only pass (which is
 * all a chain has below the contracts' deployment anyway) that keeps parent links, and so
 * reorganisation detection, intact.
 *
 * <p><b>Failures.</b> An unreachable node or a failing sink never ends the loop: it retries with a
 * capped backoff (cut short by a wake-up, e.g. when the head watcher reconnects), logs once when
 * the outage starts and once when it ends, and reports the last error in {@link #status()}.
 */
public final class ChainSync implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ChainSync.class.getName());

  private final ChainReader reader;
  private final BlockSink sink;
  private final long confirmations;
  private final long startBlock;
  private final RangePolicy policy;
  private final Duration retryInitial;
  private final Duration retryMax;
  private final Duration idleRecheck;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Condition woken = lock.newCondition();
  private boolean wakeRequested; // guarded by lock

  private final Object sinkGuard = new Object();
  private boolean inSink; // guarded by sinkGuard

  private volatile boolean running;
  private volatile Thread thread;
  private volatile SyncStatus status;

  // Progress, written by the loop thread only, published through `status`.
  private long head = -1;
  private Checkpoint checkpoint = Checkpoint.BEFORE_GENESIS;
  private long blocksApplied;
  private long eventsApplied;
  private long blocksRolledBack;
  private boolean caughtUp;
  private boolean failing;
  private String lastError;
  private Instant lastErrorAt;

  private ChainSync(Builder b) {
    this.reader = b.reader;
    this.sink = b.sink;
    this.confirmations = b.confirmations;
    this.startBlock = b.startBlock;
    this.policy = b.policy != null ? b.policy : new RangePolicy();
    this.retryInitial = b.retryInitial;
    this.retryMax = b.retryMax;
    this.idleRecheck = b.idleRecheck;
    this.status = snapshot();
  }

  /** A loop that reads from {@code reader} and writes to {@code sink}. */
  public static Builder builder(ChainReader reader, BlockSink sink) {
    return new Builder(reader, sink);
  }

  /** Settings of a {@link ChainSync}. */
  public static final class Builder {
    private final ChainReader reader;
    private final BlockSink sink;
    private long confirmations;
    private long startBlock;
    private RangePolicy policy;
    private Duration retryInitial = Duration.ofMillis(200);
    private Duration retryMax = Duration.ofSeconds(10);
    private Duration idleRecheck = Duration.ofSeconds(5);

    private Builder(ChainReader reader, BlockSink sink) {
      this.reader = Objects.requireNonNull(reader, "reader");
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Blocks to stay behind the head (default 0: QBFT blocks are final). */
    public Builder confirmations(long blocks) {
      if (blocks < 0) {
        throw new IllegalArgumentException("confirmations < 0: " + blocks);
      }
      this.confirmations = blocks;
      return this;
    }

    /** The first block whose events are indexed (default 0); see the class comment. */
    public Builder startBlock(long block) {
      if (block < 0) {
        throw new IllegalArgumentException("startBlock < 0: " + block);
      }
      this.startBlock = block;
      return this;
    }

    /** The range policy (default: a new {@link RangePolicy}). */
    public Builder rangePolicy(RangePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Delays between retries after a failure (default 200 ms doubling up to 10 s). */
    public Builder retryBackoff(Duration initial, Duration max) {
      new Backoff(initial, max); // validates
      this.retryInitial = initial;
      this.retryMax = max;
      return this;
    }

    /**
     * How long to wait for a wake-up once caught up before looking at the head anyway (default 5
     * s): a safety net for when no {@link HeadWatcher} is wired.
     */
    public Builder idleRecheck(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("idleRecheck must be positive: " + interval);
      }
      this.idleRecheck = interval;
      return this;
    }

    public ChainSync build() {
      return new ChainSync(this);
    }
  }

  /** Starts the loop on a daemon thread. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    running = true;
    publish(); // awaitCaughtUp callers see a running loop from now on
    Thread t = new Thread(this::run, "yunxi-chain-sync");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /**
   * Stops the loop and waits (up to 10 s) for its thread to end. A block being applied is finished
   * first: the sink is never interrupted; a request to the node is.
   */
  public void stop() {
    running = false;
    Thread t = thread;
    if (t == null) {
      return;
    }
    synchronized (sinkGuard) {
      if (!inSink) {
        t.interrupt();
      }
    }
    wake();
    if (t != Thread.currentThread()) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Makes the loop look at the head now (a new block arrived, the node is back). Thread-safe. */
  public void wake() {
    lock.lock();
    try {
      wakeRequested = true;
      woken.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The current progress. */
  public SyncStatus status() {
    return status;
  }

  /**
   * Waits until the index holds block {@code block} and everything up to the head − confirmations
   * as seen by the loop, i.e. until {@link SyncStatus#caughtUp()} with a checkpoint at or past
   * {@code block}.
   *
   * @return true when it did, false on timeout or if the loop is not running
   */
  public boolean awaitCaughtUp(long block, Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        SyncStatus s = status;
        if (s.caughtUp() && s.checkpoint().number() >= block) {
          return true;
        }
        if (!s.running() || remaining <= 0) {
          return false;
        }
        remaining = changed.awaitNanos(remaining);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs rounds in the caller's thread until the index is caught up with the head (rolling back
   * forks on the way): for a host that drives the sync itself instead of {@link #start()}ing its
   * loop — the Besu adapter's worker after its block queue overflowed or a fork arrived.
   *
   * @throws IllegalStateException if the loop is running
   */
  public void catchUp() throws IOException, InterruptedException {
    if (running) {
      throw new IllegalStateException("the sync loop is running; catchUp() would race it");
    }
    while (!step()) {
      if (Thread.interrupted()) {
        throw new InterruptedException("catch-up interrupted");
      }
    }
  }

  private void run() {
    Backoff backoff = new Backoff(retryInitial, retryMax);
    try {
      checkpoint = inSink(sink::checkpoint);
      publish();
      while (running) {
        try {
          boolean idle = step();
          if (failing) {
            LOG.log(Level.INFO, "chain sync recovered; checkpoint " + checkpoint.number());
            failing = false;
            publish();
          }
          backoff.reset();
          if (idle) {
            awaitWake(idleRecheck);
          }
        } catch (InterruptedException | InterruptedIOException e) {
          if (!running) {
            break;
          }
          Thread.interrupted(); // a stray interrupt, not a stop: carry on
        } catch (ChainMovedException e) {
          // The chain changed under a read: not an outage, just read again shortly.
          recordError(e);
          awaitWake(retryInitial);
        } catch (Exception e) {
          if (!running) {
            break;
          }
          recordError(e);
          if (!failing) {
            // An unreachable node is expected now and then: its message says enough.
            LOG.log(
                Level.WARNING,
                "chain sync failing, retrying with backoff: " + e,
                e instanceof IOException ? null : e);
            failing = true;
            publish();
          } else {
            LOG.log(Level.DEBUG, "chain sync still failing: " + e);
          }
          awaitWake(backoff.next());
        }
      }
    } catch (InterruptedException e) {
      // stopped while waiting
    } catch (RuntimeException | Error e) {
      LOG.log(Level.ERROR, "chain sync stopped by an unexpected failure", e);
      recordError(e);
      throw e;
    } finally {
      running = false;
      publish();
    }
  }

  /**
   * One round: head, then either a check that the checkpoint is still canonical (when caught up) or
   * one range of blocks applied.
   *
   * @return true when caught up (nothing to do until the head moves)
   */
  private boolean step() throws IOException, InterruptedException {
    head = reader.headNumber();
    long target = head - confirmations;
    checkpoint = inSink(sink::checkpoint);
    if (checkpoint.number() >= target) {
      if (checkpoint.number() >= 0 && !isCanonical(checkpoint)) {
        caughtUp = false;
        rollBackToCanonical();
        return false;
      }
      caughtUp = true;
      publish();
      return true;
    }
    caughtUp = false;
    publish();

    long from = checkpoint.next();
    long to = policy.end(from, target);
    long started = System.nanoTime();
    List<ChainBlock> blocks;
    try {
      blocks = reader.blocks(from, to);
    } catch (RangeTooLargeException e) {
      if (e.blocks() <= 1) {
        throw new IOException("the node refuses to return even block " + e.from(), e);
      }
      policy.refused(e.blocks());
      LOG.log(Level.DEBUG, "range refused, now " + policy + ": " + e.getMessage());
      return false;
    }
    long events = 0;
    for (ChainBlock b : blocks) {
      events += b.events().size();
    }
    policy.succeeded(to - from + 1, events, Duration.ofNanos(System.nanoTime() - started));

    for (ChainBlock block : blocks) {
      if (!running) {
        return false;
      }
      ChainBlock b = block.number() < startBlock ? withoutEvents(block) : block;
      try {
        inSink(
            () -> {
              sink.apply(b);
              return null;
            });
      } catch (NotNextBlockException e) {
        if (e.isFork()) {
          rollBackToCanonical();
        } else {
          // A gap or a repeat: someone else moved the sink. Start over from its checkpoint.
          LOG.log(Level.WARNING, "block does not follow the checkpoint: " + e.getMessage());
        }
        return false;
      }
      checkpoint = b.checkpoint();
      blocksApplied++;
      eventsApplied += b.events().size();
      publish();
    }
    return false;
  }

  private boolean isCanonical(Checkpoint cp) throws IOException {
    return reader.hashAt(cp.number()).map(cp.hash()::equals).orElse(false);
  }

  /**
   * Undoes blocks until the checkpoint is on the node's canonical chain (or the index is empty).
   */
  private void rollBackToCanonical() throws IOException, InterruptedException {
    Checkpoint from = checkpoint = inSink(sink::checkpoint);
    long undone = 0;
    while (running && checkpoint.number() >= 0 && !isCanonical(checkpoint)) {
      checkpoint = inSink(sink::rollback);
      undone++;
      blocksRolledBack++;
      publish();
    }
    LOG.log(
        undone > 0 ? Level.INFO : Level.DEBUG,
        "chain reorganisation: undid "
            + undone
            + " block(s) from "
            + from.number()
            + ", back at "
            + checkpoint.number()
            + " "
            + checkpoint.hash());
  }

  private static ChainBlock withoutEvents(ChainBlock b) {
    return b.events().isEmpty()
        ? b
        : new ChainBlock(b.number(), b.hash(), b.parentHash(), b.time(), List.of());
  }

  /**
   * Runs a sink call so that {@link #stop()} never interrupts it (an interrupt could close a file
   * channel under the store); refuses to start one once stopping.
   */
  private <T> T inSink(Supplier<T> call) throws InterruptedException {
    synchronized (sinkGuard) {
      if (!running) {
        throw new InterruptedException("stopping");
      }
      inSink = true;
    }
    try {
      return call.get();
    } finally {
      synchronized (sinkGuard) {
        inSink = false;
      }
    }
  }

  private void awaitWake(Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (!wakeRequested && running && remaining > 0) {
        remaining = woken.awaitNanos(remaining);
      }
      wakeRequested = false;
    } finally {
      lock.unlock();
    }
  }

  private void recordError(Throwable e) {
    lastError = e.toString();
    lastErrorAt = Instant.now();
    publish();
  }

  private void publish() {
    lock.lock();
    try {
      status = snapshot();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private SyncStatus snapshot() {
    return new SyncStatus(
        head,
        checkpoint,
        Math.max(0, head - checkpoint.number()),
        blocksApplied,
        eventsApplied,
        blocksRolledBack,
        caughtUp,
        failing,
        lastError,
        lastErrorAt,
        running);
  }
}
