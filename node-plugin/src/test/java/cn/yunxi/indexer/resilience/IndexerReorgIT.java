package cn.yunxi.indexer.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.follow.Await;
import cn.yunxi.indexer.follow.BulkDeposits;
import cn.yunxi.indexer.follow.ChainSync;
import cn.yunxi.indexer.follow.RpcFollower;
import cn.yunxi.indexer.follow.TestChain;
import cn.yunxi.indexer.index.EvidenceItem;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.indexer.index.PageRequest;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.client.ClientFixture;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Bytes32;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance test of reorganisations with the real follower and the real index: an {@link
 * RpcFollower} keeps a {@link RocksIndex} up with an Anvil chain while the chain forks — {@code
 * anvil_reorg} of 1 to 5 blocks whose replaced blocks hold Yunxi deposits and whose replacing
 * blocks hold other ones (plus one of the orphaned deposits again, in another block, as a real
 * reorganisation re-includes transactions), and an {@code evm_revert} to a snapshot followed by a
 * shorter branch. After each, once the index has caught up, it must be the index of the canonical
 * chain: the same {@code contentDigest()} (every column family, undo records and counters included)
 * as a {@link RocksIndex} built from scratch from the same node at that moment, and the queries
 * must no longer find what was orphaned.
 *
 * <p>Interval mining is paused: the head moves only when the test makes blocks, so that "at that
 * moment" is the same chain for the followed index and the one built from scratch.
 */
class IndexerReorgIT {
  private static final Duration CONVERGE = Duration.ofSeconds(30);
  private static final long TX_GAS = 400_000;

  @TempDir static Path dir;

  private static TestChain chain;
  private static EventDecoder decoder;
  private static RocksIndex live;
  private static RpcFollower follower;
  private static int cleanBuilds;

  @BeforeAll
  static void follow() throws Exception {
    long started = System.nanoTime();
    chain = TestChain.start();
    decoder = EventDecoder.of(chain.addresses);
    // (Interval 0 means no mining at all in Anvil: automining is switched back on.)
    chain.call("evm_setIntervalMining", 0);
    chain.call("evm_setAutomine", true);
    BulkDeposits.make(chain, "base", 20, 5);
    live = RocksIndex.open(dir.resolve("live"), ManifestSource.none());
    // The wiring an application uses: WebSocket on the HTTP port, polling as well.
    follower =
        RpcFollower.builder(chain.http(), chain.addresses, live)
            .pollInterval(Duration.ofMillis(200))
            .build();
    follower.start();
    awaitSynced(chain.head());
    System.out.printf("IndexerReorgIT: chain and index ready in %.1f s%n", seconds(started));
  }

  @AfterAll
  static void stop() {
    if (follower != null) {
      follower.close();
    }
    if (live != null) {
      live.close();
    }
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void anvilReorgsOfOneToFiveBlocksReplacingTheirDeposits() throws Exception {
    long started = System.nanoTime();
    long rolledBack = follower.sync().status().blocksRolledBack();
    for (int depth = 1; depth <= 5; depth++) {
      // A case (its block stays: it is the common ancestor) and `depth` blocks of 2 deposits each.
      String orphan = "orphan-" + depth;
      BulkDeposits.make(chain, orphan, 2 * depth, 2);
      long head = chain.head();
      awaitSynced(head);
      assertThat(bySha256(orphan + "-0")).hasSize(1);
      Bytes32 replaced = chain.canonicalHash(head);

      // The replacing blocks: a deposit of its own in each, and the last orphaned deposit again,
      // in the first of them (a block it was not in).
      String lastOrphan = orphan + "-" + (2 * depth - 1);
      List<List<Object>> pairs = new ArrayList<>();
      pairs.add(List.of(depositTx(orphan, lastOrphan), 0));
      for (int i = 0; i < depth; i++) {
        pairs.add(List.of(depositTx(orphan, "instead-" + depth + "-" + i), i));
      }
      String officer = chain.chain.officer.getAddress();
      chain.call("anvil_impersonateAccount", officer);
      try {
        chain.call("anvil_reorg", depth, pairs);
      } finally {
        chain.call("anvil_stopImpersonatingAccount", officer);
      }
      assertThat(chain.head()).isEqualTo(head);
      assertThat(chain.canonicalHash(head)).isNotEqualTo(replaced);

      awaitSynced(head);
      assertIndexIsTheCanonicalChain("reorg-" + depth, head);
      long firstReplaced = head - depth + 1;
      for (int i = 0; i < 2 * depth - 1; i++) {
        assertThat(bySha256(orphan + "-" + i)).as("orphaned deposit %s-%s", orphan, i).isEmpty();
      }
      assertThat(bySha256(lastOrphan))
          .singleElement()
          .extracting(EvidenceItem::blockNumber)
          .isEqualTo(firstReplaced);
      for (int i = 0; i < depth; i++) {
        assertThat(bySha256("instead-" + depth + "-" + i))
            .singleElement()
            .extracting(EvidenceItem::blockNumber)
            .isEqualTo(firstReplaced + i);
      }
      assertThat(
              queries()
                  .evidenceOfCase(CaseOperations.caseIdOf(orphan), PageRequest.first(100))
                  .items())
          .hasSize(depth + 1);
    }
    assertThat(follower.sync().status().blocksRolledBack() - rolledBack)
        .as("blocks rolled back by the follower")
        .isGreaterThanOrEqualTo(1 + 2 + 3 + 4 + 5);
    assertThat(follower.sync().status().failing()).isFalse();
    System.out.printf(
        "IndexerReorgIT: anvil_reorg depths 1-5 followed and checked in %.1f s%n",
        seconds(started));
  }

  @Test
  void revertToASnapshotThenAShorterBranch() throws Exception {
    long started = System.nanoTime();
    String snapshot = chain.call("evm_snapshot").asText();
    BulkDeposits.make(chain, "doomed", 6, 2); // the case's block and 3 of deposits
    long doomedHead = chain.head();
    awaitSynced(doomedHead);
    assertThat(bySha256("doomed-5")).hasSize(1);

    assertThat(chain.call("evm_revert", snapshot).asBoolean()).isTrue();
    BulkDeposits.make(chain, "survivor", 2, 2); // the case's block and 1 of deposits
    long head = chain.head();
    assertThat(head).isLessThan(doomedHead);

    // The index stands past the new head, on blocks that no longer exist: it must come back.
    awaitSynced(head);
    assertIndexIsTheCanonicalChain("revert", head);
    for (int i = 0; i < 6; i++) {
      assertThat(bySha256("doomed-" + i)).isEmpty();
    }
    assertThat(queries().caseState(CaseOperations.caseIdOf("doomed"))).isEmpty();
    assertThat(bySha256("survivor-1")).hasSize(1);
    assertThat(queries().caseState(CaseOperations.caseIdOf("survivor"))).isPresent();
    System.out.printf(
        "IndexerReorgIT: evm_revert to a shorter branch followed and checked in %.1f s%n",
        seconds(started));
  }

  /**
   * The followed index holds the canonical chain up to {@code head}: its checkpoint, and exactly
   * the content of an index built from scratch now, from the same node, by the same code.
   */
  private static void assertIndexIsTheCanonicalChain(String name, long head) throws Exception {
    Checkpoint top = new Checkpoint(head, chain.canonicalHash(head));
    long started = System.nanoTime();
    try (RocksIndex clean = RocksIndex.open(dir.resolve("clean-" + name), ManifestSource.none())) {
      try (RpcFollower scratch =
          RpcFollower.builder(chain.http(), chain.addresses, clean).pollOnly().build()) {
        scratch.start();
        assertThat(scratch.sync().awaitCaughtUp(head, CONVERGE)).isTrue();
      }
      cleanBuilds++;
      assertThat(clean.checkpoint()).isEqualTo(top);
      assertThat(live.checkpoint()).isEqualTo(top);
      assertThat(queries().contentDigest())
          .as("the followed index after %s equals an index built from scratch", name)
          .isEqualTo(clean.queries(decoder).contentDigest());
    }
    System.out.printf(
        "IndexerReorgIT: %s: clean index #%d up to %d built and compared in %.2f s%n",
        name, cleanBuilds, head, seconds(started));
  }

  /** Waits until the followed index's checkpoint is canonical and at least {@code block}. */
  private static void awaitSynced(long block) {
    ChainSync sync = follower.sync();
    Await.until(
        "the index to reach canonical block " + block + " (" + sync.status() + ")",
        CONVERGE,
        () -> {
          Checkpoint cp = live.checkpoint();
          // A checkpoint past the head has no canonical hash (null): not synced.
          return cp.number() >= block && cp.hash().equals(chain.canonicalHash(cp.number()));
        });
  }

  private static List<EvidenceItem> bySha256(String itemName) {
    Bytes32 sha256 = ClientFixture.item(Bytes32.ZERO, itemName).contentSha256();
    return queries().evidenceBySha256(sha256, PageRequest.first(10)).items();
  }

  private static IndexQueries queries() {
    return live.queries(decoder);
  }

  /**
   * A deposit of item {@code itemName} in case {@code caseName} by the (impersonated) officer, as
   * {@code anvil_reorg} takes it: Anvil assigns the nonces, counting from the common ancestor.
   */
  private static Map<String, String> depositTx(String caseName, String itemName) {
    return Map.of(
        "from", chain.chain.officer.getAddress(),
        "to", chain.addresses.evidence().toHex(),
        "gas", "0x" + Long.toHexString(TX_GAS),
        "gasPrice", "0x0",
        "data",
            BulkDeposits.calldata(ClientFixture.item(CaseOperations.caseIdOf(caseName), itemName)));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
