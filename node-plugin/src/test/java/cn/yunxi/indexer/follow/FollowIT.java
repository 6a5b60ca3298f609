package cn.yunxi.indexer.follow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.sdk.Deposit;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Following the head after catching up: woken by the {@code newHeads} subscription (polling so slow
 * it cannot be what wakes the loop), and by polling when the WebSocket endpoint is dead.
 */
class FollowIT {
  private static final Duration NEVER = Duration.ofMinutes(10);

  private static TestChain chain;

  @BeforeAll
  static void chain() throws Exception {
    chain = TestChain.start();
  }

  @AfterAll
  static void stop() {
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void newEventsArriveThroughTheWebSocketWakeUp() throws Exception {
    follow(chain.ws(), NEVER, true);
  }

  @Test
  void withoutAWebSocketPollingFollows() throws Exception {
    URI dead;
    try (ServerSocket s = new ServerSocket(0)) {
      dead = URI.create("ws://127.0.0.1:" + s.getLocalPort());
    }
    follow(dead, Duration.ofMillis(200), false);
  }

  private static void follow(URI ws, Duration poll, boolean subscribes) throws Exception {
    MemorySink sink = new MemorySink();
    RpcChainReader reader = chain.reader();
    try (ChainSync sync = ChainSync.builder(reader, sink).idleRecheck(NEVER).build();
        HeadWatcher watcher =
            HeadWatcher.builder(reader::headNumber, sync::wake)
                .webSocket(ws)
                .pollInterval(poll)
                .safetyNet(NEVER)
                .build()) {
      sync.start();
      watcher.start();
      assertThat(sync.awaitCaughtUp(chain.head(), Duration.ofSeconds(30))).isTrue();
      if (subscribes) {
        Await.until("the newHeads subscription", Duration.ofSeconds(10), watcher::subscribed);
      }

      List<Deposit> deposits = chain.deposits(subscribes ? "ws" : "poll", 5);
      long last = deposits.stream().mapToLong(d -> d.inclusion().blockNumber()).max().orElseThrow();
      assertThat(sync.awaitCaughtUp(last, Duration.ofSeconds(15))).isTrue();

      Set<Object> applied =
          sink.events().stream()
              .map(ChainEvent::log)
              .map(l -> l.transactionHash())
              .collect(Collectors.toSet());
      for (Deposit d : deposits) {
        assertThat(applied).contains(d.inclusion().transactionHash());
      }
      assertThat(watcher.subscribed()).isEqualTo(subscribes);
    }
    chain.assertCanonical(sink);
    chain.assertEventsMatchLogs(sink);
  }
}
