package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.ChainBlock;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link CrashRecoveryTest}: indexes a scenario's blocks from wherever the
 * index stands, printing {@code applied <n>} after each committed block, until it is killed.
 * Arguments: directory, seed, number of blocks.
 */
public final class CrashingIndexer {
  static final int MAX_EVENTS = 4;

  private CrashingIndexer() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    RandomScenario scenario = new RandomScenario(Long.parseLong(args[1]), "main");
    List<ChainBlock> blocks = scenario.blocks(Integer.parseInt(args[2]), MAX_EVENTS);
    try (RocksIndex index = RocksIndex.open(dir, scenario.manifestSource())) {
      for (ChainBlock b : blocks.subList((int) index.checkpoint().next(), blocks.size())) {
        index.apply(b);
        // Printed only once apply has returned: everything acknowledged here is committed.
        System.out.println("applied " + b.number());
        System.out.flush();
      }
    }
  }
}
