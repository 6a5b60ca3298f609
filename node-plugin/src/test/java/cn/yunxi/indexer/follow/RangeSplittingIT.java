package cn.yunxi.indexer.follow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.chain.ChainBlock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A node that refuses {@code eth_getLogs} over more than 7 blocks (a proxy answering as Besu or
 * geth do): the sync narrows its ranges and ends with exactly what a sync without the cap gets.
 */
class RangeSplittingIT {
  private static final long CAP = 7;

  private static TestChain chain;
  private static long head;
  private static List<ChainBlock> uncapped;

  @BeforeAll
  static void chainAndUncappedSync() throws Exception {
    chain = TestChain.start();
    chain.deposits("split", 40);
    head = chain.head();
    MemorySink sink = new MemorySink();
    sync(chain.reader(), new RangePolicy(), sink);
    uncapped = sink.blocks().subList(0, (int) head + 1);
  }

  @AfterAll
  static void stop() {
    if (chain != null) {
      chain.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "-32005, Requested range exceeds maximum RPC range limit",
    "-32602, block range too large",
    "-32005, query returned more than 10000 results"
  })
  void narrowsTheRangeAndGetsTheSameBlocks(int code, String message) throws Exception {
    try (RangeCapProxy proxy = RangeCapProxy.start(chain.http(), CAP, code, message)) {
      RangePolicy policy = new RangePolicy();
      MemorySink sink = new MemorySink();
      sync(RpcChainReader.builder(proxy.uri(), chain.addresses).build(), policy, sink);

      assertThat(sink.blocks().subList(0, (int) head + 1)).isEqualTo(uncapped);
      assertThat(proxy.refusals()).isPositive();
      assertThat(proxy.widestServed()).isLessThanOrEqualTo(CAP);
      assertThat(policy.ceiling()).isLessThanOrEqualTo(CAP);
    }
    assertThat(uncapped.stream().mapToLong(b -> b.events().size()).sum()).isGreaterThan(40);
  }

  private static void sync(RpcChainReader reader, RangePolicy policy, MemorySink sink)
      throws InterruptedException {
    try (ChainSync sync = ChainSync.builder(reader, sink).rangePolicy(policy).build()) {
      sync.start();
      assertThat(sync.awaitCaughtUp(head, Duration.ofSeconds(30))).isTrue();
      assertThat(sync.status().failing()).isFalse();
    }
  }
}
