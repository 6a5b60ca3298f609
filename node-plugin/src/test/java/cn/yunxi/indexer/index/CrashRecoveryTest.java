package cn.yunxi.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.sdk.model.Bytes32;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of indexing (default settings: WAL without fsync)
 * loses no block it had committed, and once reopened and resumed ends with exactly the index of a
 * run that never crashed.
 */
class CrashRecoveryTest {
  private static final long SEED = 20_261_128;
  private static final int BLOCKS = 1_000;
  private static final int KILL_AFTER = 120;

  @TempDir Path dir;

  @Test
  void aKilledIndexerLosesNoCommittedBlockAndResumesToTheIndexOfACleanRun() throws Exception {
    Path crashed = dir.resolve("crashed");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashingIndexer.class.getName(),
                crashed.toString(),
                Long.toString(SEED),
                Integer.toString(BLOCKS))
            .redirectErrorStream(true)
            .start();
    long acknowledged = -1;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("applied ")) {
          acknowledged = Long.parseLong(line.substring("applied ".length()));
          if (acknowledged >= KILL_AFTER) {
            child.destroyForcibly();
            break;
          }
        } else {
          output.append(line).append('\n');
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged)
        .as("the child's output:\n%s", output)
        .isGreaterThanOrEqualTo(KILL_AFTER);

    RandomScenario scenario = new RandomScenario(SEED, "main");
    List<ChainBlock> blocks = scenario.blocks(BLOCKS, CrashingIndexer.MAX_EVENTS);
    Bytes32 resumed;
    try (RocksIndex index = RocksIndex.open(crashed, scenario.manifestSource())) {
      assertThat(index.checkpoint().number())
          .as("every acknowledged block survived the kill")
          .isGreaterThanOrEqualTo(acknowledged);
      assertThat(index.checkpoint())
          .isEqualTo(blocks.get((int) index.checkpoint().number()).checkpoint());
      blocks.subList((int) index.checkpoint().next(), BLOCKS).forEach(index::apply);
      resumed = index.queries(EventLogs.DECODER).contentDigest();
    }
    try (RocksIndex clean = RocksIndex.open(dir.resolve("clean"), scenario.manifestSource())) {
      blocks.forEach(clean::apply);
      assertThat(resumed).isEqualTo(clean.queries(EventLogs.DECODER).contentDigest());
    }
  }
}
