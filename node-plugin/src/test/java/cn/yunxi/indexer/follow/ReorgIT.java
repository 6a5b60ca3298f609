package cn.yunxi.indexer.follow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reorganisations while the loop follows the chain — Anvil's {@code anvil_reorg} of 1 to 5 blocks,
 * and {@code evm_snapshot}/{@code evm_revert} followed by other blocks: the index always ends equal
 * to the canonical chain, block by block, event by event.
 */
class ReorgIT {
  private static final Duration CONVERGE = Duration.ofSeconds(20);

  private static TestChain chain;
  private static MemorySink sink;
  private static RpcFollower follower;
  private static ChainSync sync;

  @BeforeAll
  static void follow() throws Exception {
    chain = TestChain.start();
    // Blocks only when the test makes them: an interval block mined between reading the head and
    // anvil_reorg would be the one replaced, and the test would look at the wrong block.
    chain.call("evm_setIntervalMining", 0);
    chain.call("evm_setAutomine", true);
    chain.deposits("base", 5);
    sink = new MemorySink();
    // The wiring an application uses: WebSocket on the HTTP port, polling as well.
    follower =
        RpcFollower.builder(chain.http(), chain.addresses, sink)
            .pollInterval(Duration.ofMillis(200))
            .build();
    sync = follower.sync();
    follower.start();
    assertThat(sync.awaitCaughtUp(chain.head(), Duration.ofSeconds(30))).isTrue();
  }

  @AfterAll
  static void stop() {
    if (follower != null) {
      follower.close();
    }
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void anvilReorgsOfOneToFiveBlocks() throws Exception {
    long rolledBack = sync.status().blocksRolledBack();
    for (int depth = 1; depth <= 5; depth++) {
      chain.deposits("reorg-" + depth, depth);
      long head = chain.head();
      chain.awaitSynced(sink, head, CONVERGE);
      Bytes32 replaced = chain.canonicalHash(head);

      chain.call("anvil_reorg", depth, List.of());

      assertThat(chain.canonicalHash(head)).isNotEqualTo(replaced);
      chain.awaitSynced(sink, chain.head(), CONVERGE);
      chain.assertCanonical(sink);
      chain.assertEventsMatchLogs(sink);
    }
    assertThat(sync.status().blocksRolledBack() - rolledBack).isGreaterThanOrEqualTo(15);
    assertThat(sync.status().failing()).isFalse();
  }

  @Test
  void revertToASnapshotThenOtherBlocks() throws Exception {
    String snapshot = chain.call("evm_snapshot").asText();
    List<Deposit> doomed = chain.deposits("doomed", 5);
    chain.awaitSynced(sink, chain.head(), CONVERGE);
    assertThat(appliedTransactions()).contains(doomed.get(4).inclusion().transactionHash());

    assertThat(chain.call("evm_revert", snapshot).asBoolean()).isTrue();
    List<Deposit> instead = chain.deposits("instead", 2);
    long last = instead.get(1).inclusion().blockNumber();
    chain.awaitSynced(sink, Math.max(last, chain.head()), CONVERGE);

    chain.assertCanonical(sink);
    chain.assertEventsMatchLogs(sink);
    Set<Bytes32> applied = appliedTransactions();
    for (Deposit d : doomed) {
      assertThat(applied).doesNotContain(d.inclusion().transactionHash());
    }
    assertThat(applied).contains(instead.get(1).inclusion().transactionHash());
  }

  private static Set<Bytes32> appliedTransactions() {
    return sink.events().stream()
        .map(ChainEvent::log)
        .map(l -> l.transactionHash())
        .collect(Collectors.toSet());
  }
}
