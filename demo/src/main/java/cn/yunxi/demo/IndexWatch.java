package cn.yunxi.demo;

import cn.yunxi.sdk.index.IndexClient;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits for an indexer to have indexed a block. A gateway checks entitlement through its index, and
 * the summary reads the indexes: both must have seen the transactions first.
 */
final class IndexWatch {
  private static final Duration POLL = Duration.ofMillis(100);
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private IndexWatch() {}

  /** The indexer of {@code node} as an API client with the given token. */
  static IndexClient client(DepartmentNode node, String token) {
    return IndexClient.builder().endpoint(node.apiUrl()).token(token).build();
  }

  /**
   * Returns once {@code node}'s indexer has indexed {@code block}.
   *
   * @throws IllegalStateException if it has not within {@link #PATIENCE}
   */
  static void awaitBlock(DepartmentNode node, long block) {
    IndexClient index = client(node, node.token());
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    long indexed = -1;
    while (true) {
      indexed = index.status().data().checkpoint().number();
      if (indexed >= block) {
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(
            "the indexer of "
                + node.code()
                + " is at block "
                + indexed
                + ", still short of "
                + block
                + " after "
                + PATIENCE.toSeconds()
                + " s");
      }
      LockSupport.parkNanos(POLL.toNanos());
    }
  }
}
