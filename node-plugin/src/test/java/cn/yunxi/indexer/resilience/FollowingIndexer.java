package cn.yunxi.indexer.resilience;

import cn.yunxi.indexer.chain.BlockSink;
import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.follow.RpcFollower;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.ContractAddresses;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child process of {@link IndexerCrashIT}: the production follower ({@link RpcFollower}:
 * reader, sync loop, head watcher) indexing a node into a {@link RocksIndex} from wherever that
 * index stands, until it has caught up with a given block — unless it is killed first, which is the
 * point.
 *
 * <p>It tells its parent what it does on standard output, one line per fact:
 *
 * <ul>
 *   <li>{@code resumed <number> <hash>}: the checkpoint found on opening the index;
 *   <li>{@code applied <number> <events>}: printed only once {@code apply} has returned, so every
 *       block named here is committed, and must survive a kill;
 *   <li>{@code rolled-back <number>}: a block undone (a fork: not expected in the crash test);
 *   <li>{@code caught-up <number> <hash>}: the target is reached; the process then exits 0.
 * </ul>
 *
 * Arguments: index directory, JSON-RPC URL, the five contract addresses (consortium, cases,
 * evidence, letters, requests), the block to catch up with.
 */
public final class FollowingIndexer {
  static final String RESUMED = "resumed ";
  static final String APPLIED = "applied ";
  static final String ROLLED_BACK = "rolled-back ";
  static final String CAUGHT_UP = "caught-up ";

  private static final PrintStream OUT = System.out;

  private FollowingIndexer() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    URI rpc = URI.create(args[1]);
    ContractAddresses contracts =
        ContractAddresses.fromHex(args[2], args[3], args[4], args[5], args[6]);
    long target = Long.parseLong(args[7]);
    try (RocksIndex index = RocksIndex.open(dir, ManifestSource.none())) {
      Checkpoint resumed = index.checkpoint();
      say(RESUMED + resumed.number() + " " + resumed.hash().toHex());
      try (RpcFollower follower =
          RpcFollower.builder(rpc, contracts, new Reporting(index))
              .pollInterval(Duration.ofMillis(200))
              .build()) {
        follower.start();
        if (!follower.sync().awaitCaughtUp(target, Duration.ofMinutes(5))) {
          say("failed " + follower.sync().status());
          System.exit(2);
        }
      }
      Checkpoint done = index.checkpoint();
      say(CAUGHT_UP + done.number() + " " + done.hash().toHex());
    }
  }

  private static void say(String line) {
    // One write per line and a flush: the parent must see an "applied" line as soon as it is true.
    synchronized (OUT) {
      OUT.println(line);
      OUT.flush();
    }
  }

  /** The index, reporting each committed block after the fact. */
  private record Reporting(RocksIndex index) implements BlockSink {
    @Override
    public Checkpoint checkpoint() {
      return index.checkpoint();
    }

    @Override
    public void apply(ChainBlock block) {
      index.apply(block);
      say(APPLIED + block.number() + " " + block.events().size());
    }

    @Override
    public Checkpoint rollback() {
      Checkpoint cp = index.rollback();
      say(ROLLED_BACK + (cp.number() + 1));
      return cp;
    }
  }
}
