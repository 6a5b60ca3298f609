package cn.yunxi.sdk.client;

import static cn.yunxi.sdk.client.ClientFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.AnvilNode;
import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;

/**
 * Many threads through one client: managed nonces never collide, every deposit gets its receipt,
 * every record is on chain exactly once — also when the node restarts in the middle of the run.
 */
class ConcurrentDepositsIT {
  private static final int THREADS = 8;

  @Test
  void eightThreadsTimesFiveHundredDepositsLandExactlyOnce() throws Exception {
    try (DevConsortium chain = DevConsortium.start();
        YunxiClient officer = ClientFixture.clientFor(chain, chain.officer)) {
      Bytes32 caseId = CaseOperations.caseIdOf("concurrency");
      officer.cases().open(caseId, 101, false);

      List<Deposit> deposits = depositConcurrently(officer, caseId, 500, () -> {});

      assertAllOnChainExactlyOnce(chain, officer, deposits, THREADS * 500);
    }
  }

  @Test
  void aNodeRestartMidRunLosesNothingAndDuplicatesNothing() throws Exception {
    Path state = Files.createTempDirectory("yunxi-anvil").resolve("state.json");
    AnvilNode node = AnvilNode.startWithState(DevConsortium.CHAIN_ID, state);
    try (DevConsortium chain = DevConsortium.start(node);
        YunxiClient officer = ClientFixture.clientFor(chain, chain.officer)) {
      Bytes32 caseId = CaseOperations.caseIdOf("restart");
      officer.cases().open(caseId, 101, false);
      CountDownLatch halfway = new CountDownLatch(THREADS * 100 / 2);
      ExecutorService restarter = Executors.newSingleThreadExecutor();
      Future<?> restart =
          restarter.submit(
              () -> {
                halfway.await();
                node.restart(); // SIGTERM writes the state; the new process loads it
                return null;
              });

      List<Deposit> deposits = depositConcurrently(officer, caseId, 100, halfway::countDown);

      restart.get(60, TimeUnit.SECONDS);
      restarter.shutdown();
      assertAllOnChainExactlyOnce(chain, officer, deposits, THREADS * 100);
    }
  }

  /** {@code perThread} pipelined deposits from each of {@link #THREADS} threads. */
  private static List<Deposit> depositConcurrently(
      YunxiClient client, Bytes32 caseId, int perThread, Runnable afterEachSubmit)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicInteger names = new AtomicInteger();
    List<Future<List<CompletableFuture<Deposit>>>> submitted = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      submitted.add(
          pool.submit(
              () -> {
                List<CompletableFuture<Deposit>> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                  NewEvidence e = item(caseId, "item-" + names.incrementAndGet());
                  mine.add(client.evidence().depositAsync(e));
                  afterEachSubmit.run();
                }
                return mine;
              }));
    }
    List<Deposit> deposits = new ArrayList<>();
    for (Future<List<CompletableFuture<Deposit>>> f : submitted) {
      for (CompletableFuture<Deposit> d : f.get(5, TimeUnit.MINUTES)) {
        deposits.add(d.get(5, TimeUnit.MINUTES));
      }
    }
    pool.shutdown();
    return deposits;
  }

  private static void assertAllOnChainExactlyOnce(
      DevConsortium chain, YunxiClient client, List<Deposit> deposits, int expected)
      throws Exception {
    assertThat(deposits).hasSize(expected);
    Set<Bytes32> ids = new HashSet<>();
    for (Deposit d : deposits) {
      assertThat(ids.add(d.evidenceId())).as("distinct record %s", d.evidenceId()).isTrue();
      assertThat(client.evidence().isDeposited(d.evidenceId())).isTrue();
    }
    EthFilter filter =
        new EthFilter(
            DefaultBlockParameterName.EARLIEST,
            DefaultBlockParameterName.LATEST,
            chain.evidence().getContractAddress());
    filter.addSingleTopic(
        EventEncoder.encode(cn.yunxi.contracts.generated.EvidenceRegistry.EVIDENCEDEPOSITED_EVENT));
    int events = chain.web3j.ethGetLogs(filter).send().getLogs().size();
    assertThat(events).as("EvidenceDeposited events on chain").isEqualTo(expected);
    BigInteger nonce =
        chain
            .web3j
            .ethGetTransactionCount(chain.officer.getAddress(), DefaultBlockParameterName.LATEST)
            .send()
            .getTransactionCount();
    assertThat(nonce.intValue())
        .as("one transaction per deposit, plus opening the case")
        .isEqualTo(expected + 1);
  }
}
