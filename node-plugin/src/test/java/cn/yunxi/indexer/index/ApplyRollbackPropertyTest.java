package cn.yunxi.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.sdk.events.BatchAnchored;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random event sequences: rolling back restores exactly (by content digest) the index as it
 * was before each block, and after a reorganisation the index is exactly the one built straight
 * from the new fork. Real RocksDB in a temporary directory per try.
 */
class ApplyRollbackPropertyTest {

  @Property(tries = 40)
  void rollingBackRestoresTheIndexAsItWasBeforeEachBlock(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int length) {
    RandomScenario scenario = new RandomScenario(seed, "main");
    List<ChainBlock> blocks = scenario.blocks(length, 6);
    withDirectory(
        dir -> {
          try (RocksIndex index = RocksIndex.open(dir, scenario.manifestSource())) {
            IndexQueries q = index.queries(EventLogs.DECODER);
            List<Bytes32> before = new ArrayList<>();
            for (ChainBlock b : blocks) {
              before.add(q.contentDigest());
              index.apply(b);
            }
            for (int i = blocks.size() - 1; i >= 0; i--) {
              index.rollback();
              assertThat(q.contentDigest()).as("before block %d", i).isEqualTo(before.get(i));
            }
          }
        });
  }

  @Property(tries = 30)
  void afterAReorganisationTheIndexIsTheOneOfTheNewFork(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int shared,
      @ForAll @IntRange(min = 1, max = 6) int oldTail,
      @ForAll @IntRange(min = 0, max = 6) int newTail) {
    RandomScenario old = new RandomScenario(seed, "main");
    old.blocks(shared, 5);
    RandomScenario fresh = new RandomScenario(seed, "main");
    fresh.blocks(shared, 5);
    old.diverge("old", seed + 1);
    fresh.diverge("new", seed + 2);
    List<ChainBlock> oldChain = new ArrayList<>(old.chain().blocks());
    oldChain.addAll(old.blocks(oldTail, 5));
    List<ChainBlock> newChain = new ArrayList<>(fresh.chain().blocks());
    newChain.addAll(fresh.blocks(newTail, 5));
    assertThat(newChain.subList(0, shared)).isEqualTo(oldChain.subList(0, shared));
    ManifestSource both =
        ref -> old.manifestSource().manifest(ref).or(() -> fresh.manifestSource().manifest(ref));

    withDirectory(
        dir -> {
          Bytes32 reorganised;
          try (RocksIndex index = RocksIndex.open(dir.resolve("a"), both)) {
            oldChain.forEach(index::apply);
            // What a follower does: roll back until the new fork's next block fits.
            int next = shared;
            while (index.checkpoint().number() >= shared) {
              index.rollback();
            }
            for (ChainBlock b : newChain.subList(next, newChain.size())) {
              index.apply(b);
            }
            reorganised = index.queries(EventLogs.DECODER).contentDigest();
          }
          try (RocksIndex straight = RocksIndex.open(dir.resolve("b"), both)) {
            newChain.forEach(straight::apply);
            assertThat(reorganised).isEqualTo(straight.queries(EventLogs.DECODER).contentDigest());
          }
        });
  }

  @Property(tries = 20)
  void theCountersCountWhatWasApplied(@ForAll long seed) {
    RandomScenario scenario = new RandomScenario(seed, "main");
    List<ChainBlock> blocks = scenario.blocks(10, 6);
    withDirectory(
        dir -> {
          try (RocksIndex index = RocksIndex.open(dir, scenario.manifestSource())) {
            blocks.forEach(index::apply);
            IndexStatus status = index.queries(EventLogs.DECODER).status();
            assertThat(status.blocks()).isEqualTo(10);
            assertThat(status.eventsIndexed())
                .isEqualTo(blocks.stream().mapToLong(b -> b.events().size()).sum());
            long batches =
                blocks.stream()
                    .flatMap(b -> b.events().stream())
                    .filter(e -> e.event() instanceof BatchAnchored)
                    .count();
            long indexed =
                blocks.stream()
                    .flatMap(b -> b.events().stream())
                    .map(e -> e.event())
                    .filter(e -> e instanceof BatchAnchored)
                    .map(e -> (BatchAnchored) e)
                    .filter(
                        e ->
                            index
                                .queries(EventLogs.DECODER)
                                .batch(e.root())
                                .map(BatchState::itemsIndexed)
                                .orElse(false))
                    .count();
            assertThat(status.manifestsMissing()).isEqualTo(batches - indexed);
            assertThat(Optional.of(status.checkpoint()))
                .contains(blocks.get(blocks.size() - 1).checkpoint());
          }
        });
  }

  private interface InDirectory {
    void run(Path dir) throws Exception;
  }

  /** jqwik has no @TempDir for properties: one directory per try, deleted after. */
  private static void withDirectory(InDirectory body) {
    Path dir;
    try {
      dir = Files.createTempDirectory("yunxi-index-property");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      body.run(dir);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
