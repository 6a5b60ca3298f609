package cn.yunxi.demo;

import cn.yunxi.indexer.IndexerMain;
import java.util.List;

/**
 * A dev consortium brought up by {@link DemoEnvironments#start}: its {@link DemoEnvironment} and
 * the indexers serving it. Closing stops the indexers (the node is the caller's).
 */
public final class RunningEnvironment implements AutoCloseable {
  private final DemoEnvironment environment;
  private final List<IndexerMain.Running> indexers;

  RunningEnvironment(DemoEnvironment environment, List<IndexerMain.Running> indexers) {
    this.environment = environment;
    this.indexers = List.copyOf(indexers);
  }

  /** What the demo (or any client) needs to reach the consortium. */
  public DemoEnvironment environment() {
    return environment;
  }

  @Override
  public void close() {
    RuntimeException first = null;
    for (IndexerMain.Running indexer : indexers) {
      try {
        indexer.close();
      } catch (RuntimeException e) {
        // Stop the others anyway; report the first failure.
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
