package cn.yunxi.indexer.follow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.AnvilNode;
import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.Deposit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node goes away while the loop follows it and comes back (same chain, same port): the loop
 * reports the outage, survives it, resubscribes, and catches up without a gap.
 */
class ReconnectIT {
  @Test
  void catchesUpWithoutGapsAfterTheNodeRestarts(@TempDir Path dir) throws Exception {
    AnvilNode node = AnvilNode.startWithState(DevConsortium.CHAIN_ID, dir.resolve("state.json"));
    try (TestChain chain = TestChain.start(node)) {
      chain.deposits("before", 5);
      MemorySink sink = new MemorySink();
      RpcChainReader reader = chain.reader();
      try (ChainSync sync =
              ChainSync.builder(reader, sink)
                  .retryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1))
                  .idleRecheck(Duration.ofMillis(100))
                  .build();
          HeadWatcher watcher =
              HeadWatcher.builder(reader::headNumber, sync::wake)
                  .webSocket(chain.ws())
                  .pollInterval(Duration.ofMillis(500))
                  .reconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1))
                  .build()) {
        sync.start();
        watcher.start();
        assertThat(sync.awaitCaughtUp(chain.head(), Duration.ofSeconds(30))).isTrue();
        Await.until("the newHeads subscription", Duration.ofSeconds(10), watcher::subscribed);

        // restart() keeps the node down for a moment: the loop's head checks (every 100 ms
        // here) meet refused connections, and the WebSocket closes.
        node.restart();
        assertThat(sync.status().lastError()).as("the outage was noticed").isNotNull();
        List<Deposit> after = chain.deposits("after", 5);
        long last = after.stream().mapToLong(d -> d.inclusion().blockNumber()).max().orElseThrow();
        assertThat(sync.awaitCaughtUp(last, Duration.ofSeconds(30))).isTrue();
        Await.until("a new subscription", Duration.ofSeconds(10), watcher::subscribed);
        assertThat(sync.status().failing()).isFalse();
      }
      chain.assertCanonical(sink);
      chain.assertEventsMatchLogs(sink);
    }
  }
}
