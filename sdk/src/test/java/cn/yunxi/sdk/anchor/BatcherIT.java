package cn.yunxi.sdk.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.sdk.AnchoredItem;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.EvidenceBatcher;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.blob.BlobStore;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.client.ClientFixture;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Batch anchoring on Anvil: every item's proof verifies on chain against an anchored root, the
 * manifest blob lists the batch, and a batcher reopened on the journal of one that stopped before
 * anchoring anchors what was acknowledged — nothing reported anchored before it is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatcherIT {
  private DevConsortium chain;
  private YunxiClient officer;
  private BlobStore blobs;
  private Path dir;
  private final Bytes32 caseId = CaseOperations.caseIdOf("batches");

  @BeforeAll
  void start() throws Exception {
    chain = DevConsortium.start();
    officer = ClientFixture.clientFor(chain, chain.officer);
    officer.cases().open(caseId, 101, false);
    dir = Files.createTempDirectory("yunxi-batcher");
    blobs = LocalBlobStore.open(dir.resolve("blobs"));
  }

  @AfterAll
  void stop() {
    officer.close();
    chain.close();
  }

  @Test
  void everyItemsProofVerifiesOnChainAgainstItsAnchoredRoot() throws Exception {
    List<CompletableFuture<AnchoredItem>> futures = new ArrayList<>();
    try (EvidenceBatcher batcher =
        officer.evidence().batcher(dir.resolve("a.journal"), blobs, 40, Duration.ofMillis(200))) {
      for (int i = 0; i < 100; i++) {
        futures.add(batcher.submit(item("a-" + i)));
      }
      List<AnchoredItem> anchored = new ArrayList<>();
      for (CompletableFuture<AnchoredItem> f : futures) {
        anchored.add(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(anchored.stream().map(AnchoredItem::root).distinct().count())
          .as("100 items in batches of at most 40")
          .isGreaterThanOrEqualTo(3);
      for (AnchoredItem a : anchored) {
        assertThat(a.inclusion()).isNotNull();
        assertThat(verifiesOnChain(a)).as("proof of %s", a.leaf().contentSha256()).isTrue();
        assertThat(batcher.lookup(a.leaf().leafHash())).contains(a);
      }
    }
  }

  @Test
  void aBatcherReopenedOnTheJournalAnchorsWhatWasAcknowledgedBefore() throws Exception {
    Path journal = dir.resolve("b.journal");
    List<NewEvidence> items = new ArrayList<>();
    // maxDelay of an hour and a large batch: nothing gets anchored before close.
    try (EvidenceBatcher first =
        officer.evidence().batcher(journal, blobs, 10_000, Duration.ofHours(1))) {
      for (int i = 0; i < 25; i++) {
        NewEvidence e = item("b-" + i);
        items.add(e);
        CompletableFuture<AnchoredItem> f = first.submit(e);
        assertThat(f).as("not reported anchored before it is").isNotDone();
      }
      for (NewEvidence e : items) {
        assertThat(first.lookup(e.toLeaf().leafHash())).isEmpty();
      }
      assertThat(first.pending()).isEqualTo(items.size());
    }

    try (EvidenceBatcher second =
        officer.evidence().batcher(journal, blobs, 10_000, Duration.ofMillis(100))) {
      for (NewEvidence e : items) {
        AnchoredItem a = awaitLookup(second, e.toLeaf().leafHash());
        assertThat(verifiesOnChain(a)).isTrue();
      }
    }
  }

  private static AnchoredItem awaitLookup(EvidenceBatcher batcher, Bytes32 leafHash)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      var found = batcher.lookup(leafHash);
      if (found.isPresent()) {
        return found.get();
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50)); // poll the condition
    }
    throw new AssertionError("not anchored within 60 s: " + leafHash);
  }

  private boolean verifiesOnChain(AnchoredItem a) throws Exception {
    BatchLeaf l = a.leaf();
    List<byte[]> proof = new ArrayList<>();
    a.proof().forEach(p -> proof.add(p.toByteArray()));
    return chain
        .evidence()
        .verifyBatchItem(
            a.root().toByteArray(),
            new EvidenceRegistry.BatchLeaf(
                l.caseId().toByteArray(),
                l.contentSha256().toByteArray(),
                l.contentSm3().toByteArray(),
                BigInteger.valueOf(l.kind()),
                l.blobRef().toByteArray(),
                l.metadataHash().toByteArray()),
            proof)
        .send();
  }

  private NewEvidence item(String name) {
    return ClientFixture.item(caseId, name);
  }
}
