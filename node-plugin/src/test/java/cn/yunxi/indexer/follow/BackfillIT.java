package cn.yunxi.indexer.follow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.events.RawLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backfill from block 0 on a chain with a few thousand events: every block, correctly linked, and
 * exactly the logs one {@code eth_getLogs} returns. Prints the rate ({@code
 * -Dyunxi.backfill.deposits=N} for a bigger chain).
 */
class BackfillIT {
  private static final int DEPOSITS = Integer.getInteger("yunxi.backfill.deposits", 2_000);

  private static TestChain chain;
  private static List<Deposit> deposits;

  @BeforeAll
  static void chainWithEvents() throws Exception {
    chain = TestChain.start();
    long started = System.nanoTime();
    deposits = chain.deposits("backfill", DEPOSITS);
    System.out.printf(
        "BackfillIT: %d deposits made in %.1f s%n", DEPOSITS, (System.nanoTime() - started) / 1e9);
  }

  @AfterAll
  static void stop() {
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void backfillsEveryBlockAndExactlyTheLogsOfOneGetLogs() throws Exception {
    long head = chain.head();
    MemorySink sink = new MemorySink();
    try (ChainSync sync = ChainSync.builder(chain.reader(), sink).build()) {
      long started = System.nanoTime();
      sync.start();
      assertThat(sync.awaitCaughtUp(head, Duration.ofSeconds(60))).isTrue();
      double seconds = (System.nanoTime() - started) / 1e9;
      SyncStatus s = sync.status();
      System.out.printf(
          "BackfillIT: %d blocks, %d events in %.2f s: %.0f events/s, %.0f blocks/s%n",
          s.blocksApplied(),
          s.eventsApplied(),
          seconds,
          s.eventsApplied() / seconds,
          s.blocksApplied() / seconds);
      assertThat(s.lastError()).isNull();
      assertThat(s.lag()).isLessThanOrEqualTo(1);
    }
    chain.assertCanonical(sink);
    chain.assertEventsMatchLogs(sink);
    assertThat(sink.events()).hasSizeGreaterThan(DEPOSITS);
  }

  @Test
  void startBlockKeepsEarlierBlocksWithoutTheirEvents() throws Exception {
    long start = deposits.get(DEPOSITS / 2).inclusion().blockNumber();
    long head = chain.head();
    MemorySink sink = new MemorySink();
    try (ChainSync sync = ChainSync.builder(chain.reader(), sink).startBlock(start).build()) {
      sync.start();
      assertThat(sync.awaitCaughtUp(head, Duration.ofSeconds(60))).isTrue();
    }
    chain.assertCanonical(sink);
    for (ChainBlock b : sink.blocks()) {
      if (b.number() < start) {
        assertThat(b.events()).as("events of block %s", b.number()).isEmpty();
      }
    }
    List<RawLog> expected =
        chain.logs(sink.checkpoint().number()).stream()
            .filter(l -> l.blockNumber() >= start)
            .toList();
    assertThat(sink.events().stream().map(ChainEvent::log).toList()).isEqualTo(expected);
    assertThat(expected).isNotEmpty();
  }
}
