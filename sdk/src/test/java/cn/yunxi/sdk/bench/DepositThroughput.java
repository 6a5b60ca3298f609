package cn.yunxi.sdk.bench;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.client.ClientFixture;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * {@code deposit_tps}: deposits per second through the SDK with pipelined submission, versus plain
 * web3j — the generated wrapper, {@code send()} one at a time, the same 100 ms polling — on the
 * same fresh Anvil, each with its own case and member.
 */
final class DepositThroughput {
  private DepositThroughput() {}

  static Figure measure(int sdkDeposits, int web3jDeposits) throws Exception {
    try (DevConsortium chain = DevConsortium.start()) {
      Bytes32 sdkCase = CaseOperations.caseIdOf("bench:sdk");
      Bytes32 web3jCase = CaseOperations.caseIdOf("bench:web3j");
      try (YunxiClient officer = client(chain)) {
        officer.cases().open(sdkCase, 101, false);
        officer.cases().open(web3jCase, 101, false);
        officer.evidence().deposit(item(sdkCase, "warm-up")); // JIT, connections

        long start = System.nanoTime();
        List<CompletableFuture<Deposit>> inFlight = new ArrayList<>();
        for (int i = 0; i < sdkDeposits; i++) {
          inFlight.add(officer.evidence().depositAsync(item(sdkCase, "sdk-" + i)));
        }
        for (CompletableFuture<Deposit> f : inFlight) {
          f.join();
        }
        double sdkRate = sdkDeposits / seconds(System.nanoTime() - start);

        double web3jRate = plainWeb3j(chain, web3jCase, web3jDeposits);
        return Figure.rate("deposit_tps", sdkRate, web3jRate);
      }
    }
  }

  private static double plainWeb3j(DevConsortium chain, Bytes32 caseId, int n) throws Exception {
    PollingTransactionReceiptProcessor receipts =
        new PollingTransactionReceiptProcessor(chain.web3j, 100, 600);
    EvidenceRegistry registry =
        EvidenceRegistry.load(
            chain.evidence().getContractAddress(),
            chain.web3j,
            new RawTransactionManager(chain.web3j, chain.captain, DevConsortium.CHAIN_ID, receipts),
            new StaticGasProvider(BigInteger.ZERO, BigInteger.valueOf(500_000)));
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      NewEvidence e = item(caseId, "web3j-" + i);
      registry
          .deposit(
              e.caseId().toByteArray(),
              e.contentSha256().toByteArray(),
              e.contentSm3().toByteArray(),
              BigInteger.valueOf(e.kind()),
              e.blobRef().toByteArray(),
              e.metadataHash().toByteArray())
          .send();
    }
    return n / seconds(System.nanoTime() - start);
  }

  static YunxiClient client(DevConsortium chain) {
    return ClientFixture.clientFor(chain, chain.officer);
  }

  static NewEvidence item(Bytes32 caseId, String name) {
    return ClientFixture.item(caseId, name);
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
