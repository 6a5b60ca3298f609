package cn.yunxi.indexer.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.follow.BulkDeposits;
import cn.yunxi.indexer.follow.RpcFollower;
import cn.yunxi.indexer.follow.TestChain;
import cn.yunxi.indexer.index.IndexStatus;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance test of crash safety with the real follower and the real index: a chain with at least
 * 50,000 Yunxi events on Anvil, indexed by {@link FollowingIndexer} — {@link RpcFollower} into a
 * {@link RocksIndex}, in a child JVM — which is killed with SIGKILL at 20 random moments and
 * restarted on the same directory each time. Every restart must resume from a checkpoint at or past
 * the last block the killed process had reported committed, and on that node's canonical chain; the
 * last run catches up with the head, and the index then has exactly the content (every column
 * family, {@code contentDigest()}) of an index built in one go by the same follower code.
 *
 * <p>The kills are drawn from a seeded {@link Random} ({@code -Dyunxi.crash.seed}): three in four
 * after a random number of applied blocks (spread so that all kills land before the end) plus a
 * random delay of up to a block's work, so that most land while a block's write batch is built or
 * written or while a range is read; one in four at a random wall-clock offset (under 4 s) from the
 * start of the process, which lands in JVM start-up, RocksDB's opening and recovery of its log, or
 * the first read (the follower's first range, 200 blocks, holds all the events: some 5 s here) —
 * or, should that read be quicker, at the latest once the child has advanced its share of the
 * blocks. The head is frozen (interval mining paused) once the events are made, so that "caught up"
 * means the same block for the crashed and the clean index.
 */
class IndexerCrashIT {
  private static final int EVENTS = Integer.getInteger("yunxi.crash.events", 50_000);
  private static final int PER_BLOCK = 250;
  private static final int KILLS = 20;
  private static final long SEED = Long.getLong("yunxi.crash.seed", 20_260_517L);
  private static final Duration WALL_CLOCK_MAX = Duration.ofMillis(4_000);
  private static final Duration JITTER_MAX = Duration.ofMillis(40);
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

  @TempDir Path dir;

  private TestChain chain;
  private long head;
  private long acknowledged = -1; // the newest block any child reported committed
  private int resumes;

  @AfterEach
  void stopChain() {
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void twentySigkillsLoseNothingCommittedAndEndAtTheIndexOfACleanRun() throws Exception {
    long started = System.nanoTime();
    chain = TestChain.start();
    // Blocks only when the test makes them: the chain's shape does not depend on timing, and
    // once the events are made the head stays where the crashed and the clean index must end.
    // (Interval 0 means no mining at all in Anvil: automining is switched back on.)
    chain.call("evm_setIntervalMining", 0);
    chain.call("evm_setAutomine", true);
    long generating = System.nanoTime();
    BulkDeposits.make(chain, "crash", EVENTS, PER_BLOCK);
    head = chain.head();
    System.out.printf(
        "IndexerCrashIT: %d deposits in %d blocks (%d per block) made in %.1f s; head %d%n",
        EVENTS, (EVENTS + PER_BLOCK - 1) / PER_BLOCK, PER_BLOCK, seconds(generating), head);

    Path crashed = dir.resolve("crashed");
    Random random = new Random(SEED);
    long killing = System.nanoTime();
    for (int kill = 1; kill <= KILLS; kill++) {
      killOnce(crashed, kill, random);
    }
    System.out.printf(
        "IndexerCrashIT: %d kills in %.1f s, %d resumes checked, %d blocks acknowledged%n",
        KILLS, seconds(killing), resumes, acknowledged + 1);

    long finishing = System.nanoTime();
    try (Child last = Child.start(this, crashed)) {
      last.awaitCaughtUp(RUN_TIMEOUT);
      assertThat(last.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(last.process.exitValue()).as(last.describe()).isZero();
    }
    System.out.printf("IndexerCrashIT: last restart caught up in %.1f s%n", seconds(finishing));

    Checkpoint top = new Checkpoint(head, chain.canonicalHash(head));
    EventDecoder decoder = EventDecoder.of(chain.addresses);
    Bytes32 resumedDigest;
    try (RocksIndex index = RocksIndex.open(crashed, ManifestSource.none())) {
      assertThat(index.checkpoint()).isEqualTo(top);
      IndexStatus status = index.queries(decoder).status();
      assertThat(status.eventsIndexed()).isGreaterThanOrEqualTo(EVENTS);
      resumedDigest = index.queries(decoder).contentDigest();
    }

    long cleanStarted = System.nanoTime();
    try (RocksIndex clean = RocksIndex.open(dir.resolve("clean"), ManifestSource.none())) {
      try (RpcFollower follower =
          RpcFollower.builder(chain.http(), chain.addresses, clean)
              .pollInterval(Duration.ofMillis(200))
              .build()) {
        follower.start();
        assertThat(follower.sync().awaitCaughtUp(head, RUN_TIMEOUT)).isTrue();
      }
      System.out.printf(
          "IndexerCrashIT: clean index of %d events in one go: %.1f s; whole test %.1f s%n",
          clean.queries(decoder).status().eventsIndexed(), seconds(cleanStarted), seconds(started));
      assertThat(clean.checkpoint()).isEqualTo(top);
      assertThat(resumedDigest)
          .as("the content of the crashed and resumed index")
          .isEqualTo(clean.queries(decoder).contentDigest());
    }
  }

  /** Starts a child on {@code index} and kills it with SIGKILL at a random moment. */
  private void killOnce(Path index, int kill, Random random) throws Exception {
    // Drawn whatever the mode, so that one seed always gives the same sequence of choices.
    boolean wallClock = random.nextInt(4) == 0;
    long offset = (long) (random.nextDouble() * WALL_CLOCK_MAX.toNanos());
    double share = random.nextDouble();
    long jitter = (long) (random.nextDouble() * JITTER_MAX.toNanos());
    long before = acknowledged;
    // Spread the kills over the chain: a child may advance at most about twice the remaining
    // blocks divided by the runs left (this one, the later ones and the final run), never to the
    // last block, so that every kill finds it still working and the last kills still have
    // blocks to interrupt.
    long remaining = head - Math.max(acknowledged, 0);
    long fair = Math.max(1, Math.min(remaining - 1, 2 * remaining / (KILLS - kill + 2)));
    String when;
    try (Child child = Child.start(this, index)) {
      if (wallClock) {
        long cap = acknowledged + fair;
        boolean capped = child.consumeUntil(child.started + offset, l -> applied(l) >= cap);
        when =
            capped
                ? String.format("at block %d, before %.2f s", cap, offset / 1e9)
                : String.format("%.2f s after start", offset / 1e9);
      } else {
        long resumedAt = child.awaitResumed();
        long after = Math.max(1, Math.min(fair, (long) Math.ceil(share * fair)));
        long target = Math.min(head - 1, resumedAt + after);
        child.consumeUntil(System.nanoTime() + RUN_TIMEOUT.toNanos(), l -> applied(l) >= target);
        assertThat(acknowledged).as(child.describe()).isGreaterThanOrEqualTo(target);
        // Then a little later still: inside the next block's batch, its write, or a read.
        LockSupport.parkNanos(jitter);
        when = String.format("%d blocks + %.1f ms after resuming", after, jitter / 1e6);
      }
      assertThat(child.process.isAlive())
          .as("the child is still working when killed: %s", child.describe())
          .isTrue();
      child.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
      assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
      // What it printed before dying was committed too.
      child.consumeUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(10), l -> false);
      System.out.printf(
          "IndexerCrashIT: kill %2d %s (%s): acknowledged %d -> %d%n",
          kill, when, child.phase(), before, acknowledged);
    }
  }

  /** Handles one line of a child's output; answers whether it was a protocol line. */
  private boolean handle(String line) {
    if (line.startsWith(FollowingIndexer.RESUMED)) {
      String[] parts = line.split(" ");
      long number = Long.parseLong(parts[1]);
      // Nothing committed is lost: every block reported applied before a kill is still there.
      assertThat(number)
          .as("the checkpoint a restart resumed from")
          .isGreaterThanOrEqualTo(acknowledged);
      if (number >= 0) {
        assertThat(Bytes32.fromHex(parts[2]))
            .as("the resumed checkpoint is canonical")
            .isEqualTo(chain.canonicalHash(number));
      }
      resumes++;
      return true;
    }
    if (line.startsWith(FollowingIndexer.APPLIED)) {
      acknowledged = Math.max(acknowledged, number(line));
      return true;
    }
    if (line.startsWith(FollowingIndexer.ROLLED_BACK)) {
      throw new AssertionError("a block was rolled back on a chain without forks: " + line);
    }
    return line.startsWith(FollowingIndexer.CAUGHT_UP);
  }

  /** The block of an {@code applied} line, or -1 for any other line. */
  private static long applied(String line) {
    return line.startsWith(FollowingIndexer.APPLIED) ? number(line) : -1;
  }

  private static long number(String line) {
    return Long.parseLong(line.split(" ")[1]);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** A running {@link FollowingIndexer} and what it printed. */
  private static final class Child implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private static final int CHATTER_KEPT = 40;

    final Process process;
    final long started;
    private final IndexerCrashIT test;
    private final Path jvmTemp;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Deque<String> chatter = new ArrayDeque<>();
    private boolean ended;
    private boolean resumed;
    private int applied;

    private Child(IndexerCrashIT test, Process process, long started, Path jvmTemp) {
      this.test = test;
      this.process = process;
      this.started = started;
      this.jvmTemp = jvmTemp;
      Thread reader = new Thread(this::pump, "child-output");
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(IndexerCrashIT test, Path index) throws IOException {
      // RocksDB extracts its native library (15 MB) into java.io.tmpdir at every start, and a
      // killed JVM never deletes it: the child's go to a directory of this test, emptied here.
      Path jvmTemp = Files.createDirectories(test.dir.resolve("jvm-tmp"));
      ContractAddresses a = test.chain.addresses;
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // Serial GC and a bounded heap: two cores are shared with Anvil and the test's own JVM.
      command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + jvmTemp));
      command.addAll(List.of("-cp", System.getProperty("java.class.path")));
      command.add(FollowingIndexer.class.getName());
      command.addAll(List.of(index.toString(), test.chain.http().toString()));
      for (Address contract : a.all()) {
        command.add(contract.toHex());
      }
      command.add(Long.toString(test.head));
      long started = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      return new Child(test, p, started, jvmTemp);
    }

    private void pump() {
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("output unreadable: " + e);
      } finally {
        lines.add(EOF);
      }
    }

    /**
     * Handles lines until {@code stop} accepts one, the output ends, or {@code deadline} (a {@link
     * System#nanoTime()}) passes; answers whether {@code stop} accepted one.
     */
    boolean consumeUntil(long deadline, java.util.function.Predicate<String> stop)
        throws InterruptedException {
      while (!ended) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        String line = lines.poll(left, TimeUnit.NANOSECONDS);
        if (line == null) {
          return false;
        }
        if (line.equals(EOF)) {
          ended = true;
          return false;
        }
        resumed |= line.startsWith(FollowingIndexer.RESUMED);
        applied += line.startsWith(FollowingIndexer.APPLIED) ? 1 : 0;
        if (!test.handle(line)) {
          chatter.addLast(line);
          if (chatter.size() > CHATTER_KEPT) {
            chatter.removeFirst();
          }
        }
        if (stop.test(line)) {
          return true;
        }
      }
      return false;
    }

    long awaitResumed() throws InterruptedException {
      long[] at = {Long.MIN_VALUE};
      boolean seen =
          consumeUntil(
              System.nanoTime() + RUN_TIMEOUT.toNanos(),
              l -> {
                if (l.startsWith(FollowingIndexer.RESUMED)) {
                  at[0] = number(l);
                  return true;
                }
                return false;
              });
      assertThat(seen).as("the child opened its index: %s", describe()).isTrue();
      return at[0];
    }

    void awaitCaughtUp(Duration timeout) throws InterruptedException {
      boolean done =
          consumeUntil(
              System.nanoTime() + timeout.toNanos(), l -> l.startsWith(FollowingIndexer.CAUGHT_UP));
      assertThat(done).as("the last run caught up with the head: %s", describe()).isTrue();
    }

    /** Where the child was, judging by what it printed. */
    String phase() {
      if (!resumed) {
        return "starting: JVM, RocksDB open";
      }
      return applied == 0 ? "index open, first read" : applied + " blocks applied";
    }

    String describe() {
      return "child (alive " + process.isAlive() + "), its last other output:\n" + chatter;
    }

    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      try (Stream<Path> files = Files.list(jvmTemp)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.deleteIfExists(f);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
