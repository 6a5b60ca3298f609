package cn.yunxi.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.chain.NotNextBlockException;
import cn.yunxi.sdk.blob.BatchManifest;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying, refusing, rolling back and reopening, on a real RocksDB. */
class RocksIndexTest {
  private static final Bytes32 A = Ev.dept("JB-ZHXZZF");

  @TempDir Path dir;

  private RocksIndex open(Path path, ManifestSource manifests, int undoDepth) {
    return RocksIndex.open(path, manifests, IndexSettings.DEFAULTS.withUndoDepth(undoDepth));
  }

  private static Bytes32 digest(RocksIndex index) {
    return index.queries(EventLogs.DECODER).contentDigest();
  }

  @Test
  void anEmptyIndexStartsBeforeGenesisAndHasNothingToRollBack() {
    try (RocksIndex index = RocksIndex.open(dir, ManifestSource.none())) {
      assertThat(index.checkpoint()).isEqualTo(Checkpoint.BEFORE_GENESIS);
      assertThatThrownBy(index::rollback)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("index is empty");
      assertThat(index.queries(EventLogs.DECODER).status())
          .isEqualTo(new IndexStatus(Checkpoint.BEFORE_GENESIS, 0, 0, 0));
    }
  }

  @Test
  void onlyTheNextBlockIsAppliedAndARefusedBlockWritesNothing() {
    TestChain chain = new TestChain("main");
    Bytes32 caseId = Ev.id("c1");
    chain.add(Ev.opened(caseId, A, chain.nextTime()));
    chain.add(Ev.investigating(caseId, chain.nextTime()));
    chain.add();
    TestChain fork = chain.fork("other", 1);
    fork.add(Ev.notice(caseId, fork.nextTime()));

    try (RocksIndex index = RocksIndex.open(dir, ManifestSource.none())) {
      assertThatThrownBy(() -> index.apply(chain.block(1)))
          .isInstanceOfSatisfying(
              NotNextBlockException.class, e -> assertThat(e.isFork()).isFalse());
      index.apply(chain.block(0));
      Bytes32 before = digest(index);

      assertThatThrownBy(() -> index.apply(chain.block(0)))
          .as("a repeat")
          .isInstanceOf(NotNextBlockException.class);
      assertThatThrownBy(() -> index.apply(chain.block(2)))
          .as("a gap")
          .isInstanceOfSatisfying(
              NotNextBlockException.class, e -> assertThat(e.isFork()).isFalse());
      index.apply(chain.block(1));
      assertThatThrownBy(() -> index.apply(fork.block(1)))
          .as("a block 1 of another fork, once block 1 is applied")
          .isInstanceOf(NotNextBlockException.class);
      assertThat(index.rollback()).isEqualTo(chain.block(0).checkpoint());
      assertThat(digest(index)).isEqualTo(before);

      ChainBlock forkBlock = fork.block(1);
      index.apply(forkBlock);
      assertThatThrownBy(() -> index.apply(chain.block(2)))
          .as("block 2 of the old fork does not extend block 1 of the new")
          .isInstanceOfSatisfying(
              NotNextBlockException.class, e -> assertThat(e.isFork()).isTrue());
      assertThat(index.checkpoint()).isEqualTo(forkBlock.checkpoint());
    }
  }

  @Test
  void rollingBackUndoesStateCountersAndCheckpointOneBlockAtATime() {
    TestChain chain = new TestChain("main");
    Bytes32 caseId = Ev.id("c1");
    chain.add(Ev.opened(caseId, A, chain.nextTime()));
    chain.add(Ev.investigating(caseId, chain.nextTime()), Ev.notice(caseId, chain.nextTime()));
    chain.add(Ev.decided(caseId, 500, chain.nextTime()));

    try (RocksIndex index = RocksIndex.open(dir, ManifestSource.none())) {
      IndexQueries q = index.queries(EventLogs.DECODER);
      Bytes32 empty = q.contentDigest();
      List<Bytes32> digests = new ArrayList<>();
      for (ChainBlock b : chain.blocks()) {
        index.apply(b);
        digests.add(q.contentDigest());
      }
      assertThat(q.status()).isEqualTo(new IndexStatus(chain.block(2).checkpoint(), 3, 4, 0));
      assertThat(q.caseState(caseId).orElseThrow().status()).isEqualTo(CaseStatus.DECIDED);

      assertThat(index.rollback()).isEqualTo(chain.block(1).checkpoint());
      assertThat(q.contentDigest()).isEqualTo(digests.get(1));
      assertThat(q.caseState(caseId).orElseThrow().status()).isEqualTo(CaseStatus.INVESTIGATING);
      assertThat(q.status()).isEqualTo(new IndexStatus(chain.block(1).checkpoint(), 2, 3, 0));
      index.rollback();
      assertThat(q.contentDigest()).isEqualTo(digests.get(0));
      assertThat(index.rollback()).isEqualTo(Checkpoint.BEFORE_GENESIS);
      assertThat(q.contentDigest()).isEqualTo(empty);
      assertThat(q.caseState(caseId)).isEmpty();
      assertThat(q.event(0, 0)).isEmpty();
    }
  }

  @Test
  void aReopenedIndexResumesFromItsCheckpointAndEndsAsOneBuiltStraight() {
    RandomScenario scenario = new RandomScenario(7, "main");
    List<ChainBlock> blocks = scenario.blocks(30, 5);
    Path resumed = dir.resolve("resumed");
    try (RocksIndex index = RocksIndex.open(resumed, scenario.manifestSource())) {
      blocks.subList(0, 17).forEach(index::apply);
    }
    Bytes32 straight;
    try (RocksIndex index = RocksIndex.open(dir.resolve("straight"), scenario.manifestSource())) {
      blocks.forEach(index::apply);
      straight = digest(index);
    }
    try (RocksIndex index = RocksIndex.open(resumed, scenario.manifestSource())) {
      assertThat(index.checkpoint()).isEqualTo(blocks.get(16).checkpoint());
      assertThat(index.queries(EventLogs.DECODER).status().blocks()).isEqualTo(17);
      blocks.subList(17, 30).forEach(index::apply);
      assertThat(digest(index)).isEqualTo(straight);
    }
  }

  @Test
  void undoRecordsAreKeptForTheLastNBlocksOnly() {
    RandomScenario scenario = new RandomScenario(11, "main");
    List<ChainBlock> blocks = scenario.blocks(8, 3);
    try (RocksIndex index = open(dir, scenario.manifestSource(), 3)) {
      blocks.forEach(index::apply);
      index.rollback();
      index.rollback();
      assertThat(index.rollback()).isEqualTo(blocks.get(4).checkpoint());
      assertThatThrownBy(index::rollback)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("deeper than the 3 blocks kept");
      // Still usable: the chain goes on from where the index is.
      index.apply(blocks.get(5));
      assertThat(index.checkpoint()).isEqualTo(blocks.get(5).checkpoint());
    }
  }

  @Test
  void reopeningWithAShallowerDepthPrunesTheOlderUndoRecords() {
    RandomScenario scenario = new RandomScenario(12, "main");
    List<ChainBlock> blocks = scenario.blocks(10, 2);
    try (RocksIndex index = open(dir, scenario.manifestSource(), 10)) {
      blocks.forEach(index::apply);
    }
    try (RocksIndex index = open(dir, scenario.manifestSource(), 2)) {
      index.rollback();
      index.rollback();
      assertThatThrownBy(index::rollback).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aBatchIsIndexedWithItsItemsOrWithoutThemWhenTheManifestCannotBeUsed() {
    Bytes32 caseId = Ev.id("c1");
    BatchLeaf leaf =
        new BatchLeaf(caseId, Ev.id("sha"), Ev.id("sm3"), 1, Ev.id("blob"), Ev.id("meta"));
    BatchManifest manifest = BatchManifest.of(List.of(leaf, leaf));
    byte[] blob = manifest.encode();
    Bytes32 ref = RandomScenario.sha256(blob);
    TestChain chain = new TestChain("main");
    chain.add(Ev.opened(caseId, A, chain.nextTime()));
    chain.add(
        Ev.anchored(manifest.root(), A, 2, ref, chain.nextTime()),
        Ev.anchored(Ev.id("root2"), A, 1, Ev.id("missing"), chain.nextTime()),
        Ev.anchored(Ev.id("root3"), A, 1, Bytes32.ZERO, chain.nextTime()));
    chain.add(Ev.anchored(Ev.id("root4"), A, 2, ref, chain.nextTime()));
    ManifestSource source =
        r -> {
          if (r.equals(ref)) {
            return Optional.of(blob);
          }
          throw new IllegalStateException("the blob gateway is down");
        };

    try (RocksIndex index = RocksIndex.open(dir, source)) {
      chain.blocks().forEach(index::apply);
      IndexQueries q = index.queries(EventLogs.DECODER);

      assertThat(q.status().manifestsMissing()).as("root2, root3 and root4").isEqualTo(3);
      assertThat(q.batch(manifest.root()).orElseThrow().itemsIndexed()).isTrue();
      assertThat(q.batch(Ev.id("root2")).orElseThrow().itemsIndexed()).isFalse();
      assertThat(q.batch(Ev.id("root4")).orElseThrow().itemsIndexed())
          .as("the manifest's root is not the anchor's")
          .isFalse();
      assertThat(q.evidenceBySha256(Ev.id("sha"), PageRequest.first(10)).items())
          .extracting(EvidenceItem::batchRoot, EvidenceItem::leafIndex)
          .containsExactly(tuple(manifest.root(), 0), tuple(manifest.root(), 1));
      index.rollback();
      assertThat(q.status().manifestsMissing()).isEqualTo(2);
    }
  }
}
