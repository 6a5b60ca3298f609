package cn.yunxi.indexer.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench/run indexer}: prints one line per figure (see {@link Figure}) and exits 0. The chain
 * figures are measured side by side on one fresh Anvil holding 100,000 events, the 1M ones on a
 * synthetic store; progress goes to stderr.
 */
public final class IndexerBenchmark {
  private IndexerBenchmark() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path dir = Files.createTempDirectory("yunxi-indexer-bench");
    try {
      ChainFigures chain = ChainFigures.measure(dir);
      MillionFigures.measure(dir, chain.logsTimelineP99, chain.logsSha256P99);
    } finally {
      Dirs.delete(dir);
    }
    System.err.printf("indexer benchmark: %.0f s%n", (System.nanoTime() - started) / 1e9);
    System.exit(0); // web3j and the HTTP clients leave non-daemon threads behind
  }
}
