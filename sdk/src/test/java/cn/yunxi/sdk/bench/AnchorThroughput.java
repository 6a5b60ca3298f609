package cn.yunxi.sdk.bench;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.AnchoredItem;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.EvidenceBatcher;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceKind;
import cn.yunxi.sdk.model.NewEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code anchor_items_per_s}: 1 KiB items (SHA-256 and SM3 computed, journaled, anchored, each
 * item's proof delivered) through batch anchoring, versus one SDK deposit per item (pipelined), on
 * the same fresh Anvil.
 */
final class AnchorThroughput {
  private static final int SUBMITTERS = 4;
  private static final int CHUNK = 500;

  private AnchorThroughput() {}

  static Figure measure(int items, int deposits) throws Exception {
    Path dir = Files.createTempDirectory("yunxi-anchor-bench");
    try (DevConsortium chain = DevConsortium.start();
        YunxiClient officer = DepositThroughput.client(chain)) {
      Bytes32 caseId = CaseOperations.caseIdOf("bench:anchor");
      officer.cases().open(caseId, 101, false);
      LocalBlobStore manifests = LocalBlobStore.open(dir.resolve("blobs"));

      double anchored;
      try (EvidenceBatcher batcher =
          officer
              .evidence()
              .batcher(dir.resolve("journal"), manifests, 10_000, Duration.ofMillis(250))) {
        run(batcher, caseId, 2_000, 0); // warm-up: JIT, journal, first anchors
        long start = System.nanoTime();
        run(batcher, caseId, items, 1);
        anchored = items / DepositThroughput.seconds(System.nanoTime() - start);
      }

      long start = System.nanoTime();
      List<CompletableFuture<Deposit>> inFlight = new ArrayList<>();
      for (int i = 0; i < deposits; i++) {
        inFlight.add(officer.evidence().depositAsync(DepositThroughput.item(caseId, "d-" + i)));
      }
      inFlight.forEach(CompletableFuture::join);
      double deposited = deposits / DepositThroughput.seconds(System.nanoTime() - start);
      return Figure.rate("anchor_items_per_s", anchored, deposited);
    }
  }

  /** {@code n} items from {@link #SUBMITTERS} threads, in chunks; waits for every proof. */
  private static void run(EvidenceBatcher batcher, Bytes32 caseId, int n, int round)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
    List<Future<List<CompletableFuture<AnchoredItem>>>> jobs = new ArrayList<>();
    for (int t = 0; t < SUBMITTERS; t++) {
      int thread = t;
      jobs.add(
          pool.submit(
              () -> {
                Random random = new Random(31L * round + thread);
                byte[] content = new byte[1024];
                List<CompletableFuture<AnchoredItem>> mine = new ArrayList<>();
                for (int from = thread * CHUNK; from < n; from += SUBMITTERS * CHUNK) {
                  List<NewEvidence> chunk = new ArrayList<>(CHUNK);
                  for (int i = from; i < Math.min(n, from + CHUNK); i++) {
                    random.nextBytes(content);
                    ContentDigests d = ContentDigests.of(content);
                    chunk.add(
                        new NewEvidence(
                            caseId,
                            d.sha256(),
                            d.sm3(),
                            EvidenceKind.PHOTO.code(),
                            d.sha256(),
                            Bytes32.ZERO));
                  }
                  mine.addAll(batcher.submitAll(chunk));
                }
                return mine;
              }));
    }
    for (Future<List<CompletableFuture<AnchoredItem>>> job : jobs) {
      job.get().forEach(CompletableFuture::join);
    }
    pool.shutdown();
  }
}
