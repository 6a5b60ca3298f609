package cn.yunxi.indexer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code bench/run indexer}: prints one line per figure (see {@link cn.yunxi.sdk.bench.Figure}) and
 * exits 0. Run as {@code chain FILE} — the figures measured side by side on one fresh Anvil holding
 * 100,000 events; the node's {@code eth_getLogs} p99s are written to FILE — then, in a fresh JVM,
 * as {@code million FILE}: the 1M-event figures on a synthetic store, with FILE's p99s as their
 * baselines. Progress goes to stderr.
 */
public final class IndexerBenchmark {
  private IndexerBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !(args[0].equals("chain") || args[0].equals("million"))) {
      System.err.println("usage: IndexerBenchmark chain|million BASELINES_FILE");
      System.exit(2);
    }
    Path baselines = Path.of(args[1]);
    long started = System.nanoTime();
    Path dir = Files.createTempDirectory("yunxi-indexer-bench");
    try {
      if (args[0].equals("chain")) {
        ChainFigures chain = ChainFigures.measure(dir);
        Files.writeString(
            baselines,
            String.format(Locale.ROOT, "%s %s%n", chain.logsTimelineP99, chain.logsSha256P99));
      } else {
        String[] p99s = Files.readString(baselines).trim().split(" ");
        MillionFigures.measure(dir, Double.parseDouble(p99s[0]), Double.parseDouble(p99s[1]));
      }
    } finally {
      Dirs.delete(dir);
    }
    System.err.printf(
        "indexer benchmark (%s): %.0f s%n", args[0], (System.nanoTime() - started) / 1e9);
    System.exit(0); // web3j and the HTTP clients leave non-daemon threads behind
  }
}
