package cn.yunxi.indexer.main;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.indexer.IndexerMain;
import cn.yunxi.indexer.IndexerOptions;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.client.ClientFixture;
import cn.yunxi.sdk.index.EvidenceView;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.IndexResponse;
import cn.yunxi.sdk.index.PageQuery;
import cn.yunxi.sdk.model.Bytes32;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer process as an operator runs it: options as on the command line, a contracts file, a
 * token file; it follows the node, and a deposit made afterwards becomes visible through the API.
 */
class IndexerMainIT {
  private static final String AUDITOR_TOKEN = "auditor-token-for-the-main-test";

  @TempDir Path dir;

  @Test
  void followsTheNodeAndServesWhatItIndexes() throws Exception {
    try (DevConsortium chain = DevConsortium.start();
        YunxiClient officer = ClientFixture.clientFor(chain, chain.officer)) {
      ContractAddresses a = ClientFixture.addresses(chain);
      Path contracts = dir.resolve("dev.json");
      Files.writeString(
          contracts,
          "{\"chainId\": 20261128, \"contracts\": {\"consortium\": \"%s\", \"cases\": \"%s\","
                  .formatted(a.consortium(), a.cases())
              + " \"evidence\": \"%s\", \"letters\": \"%s\", \"requests\": \"%s\"}}"
                  .formatted(a.evidence(), a.letters(), a.requests()));
      Path tokens = dir.resolve("tokens.json");
      Files.writeString(
          tokens,
          "{\"tokens\": [{\"name\": \"audit\", \"token\": \""
              + AUDITOR_TOKEN
              + "\","
              + " \"auditor\": true}]}");
      IndexerOptions options =
          IndexerOptions.parse(
              new String[] {
                "--rpc", chain.anvil.rpcUrl(),
                "--contracts", contracts.toString(),
                "--data", dir.resolve("index").toString(),
                "--tokens", tokens.toString(),
                "--port", "0"
              });
      ByteArrayOutputStream printed = new ByteArrayOutputStream();

      try (IndexerMain.Running running =
          IndexerMain.start(options, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
        Bytes32 caseId = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0901号");
        officer.cases().open(caseId, 101, false);
        Deposit photo = officer.evidence().deposit(ClientFixture.item(caseId, "photo"));

        IndexClient api =
            IndexClient.builder().endpoint(running.url()).token(AUDITOR_TOKEN).build();
        List<EvidenceView> found = awaitEvidence(api, photo.record().contentSha256());
        assertThat(found)
            .singleElement()
            .satisfies(
                e -> {
                  assertThat(e.evidenceId()).isEqualTo(photo.evidenceId());
                  assertThat(e.caseId()).isEqualTo(caseId);
                });
        assertThat(printed.toString(StandardCharsets.UTF_8))
            .contains("API:     " + running.url())
            .contains("/console/");
      }
    }
  }

  private static List<EvidenceView> awaitEvidence(IndexClient api, Bytes32 sha256) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      IndexResponse<List<EvidenceView>> answer = api.evidenceBySha256(sha256, PageQuery.first(10));
      if (!answer.data().isEmpty() || System.nanoTime() > deadline) {
        return answer.data();
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
  }
}
