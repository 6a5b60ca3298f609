package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.sdk.internal.proof.BlockHeader;
import cn.yunxi.sdk.internal.proof.ChainData;
import cn.yunxi.sdk.internal.proof.JsonRpc;
import cn.yunxi.sdk.internal.proof.PackageExporter;
import cn.yunxi.sdk.internal.proof.PatriciaTrie;
import cn.yunxi.sdk.internal.proof.Rlp;
import cn.yunxi.sdk.internal.proof.TypedReceipt;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.http.HttpService;

/**
 * The receipts trie and the header hash against an oracle nobody here wrote: Anvil's own
 * receiptsRoot and block hash. One block holds transactions of every kind we can sign — legacy
 * (EIP-155), EIP-2930 and EIP-1559 transfers, a contract deployment, registry calls that emit
 * events, and a call that reverts (status 0) — mined together with automine off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptsRootIT {
  private static final BigInteger GAS = BigInteger.valueOf(2_000_000);

  private DevConsortium chain;
  private AnvilTools anvil;

  @BeforeAll
  void start() throws Exception {
    chain = DevConsortium.start();
    anvil = new AnvilTools(chain.anvil.rpcUrl());
  }

  @AfterAll
  void stop() {
    if (anvil != null) {
      anvil.close();
    }
    if (chain != null) {
      chain.close();
    }
  }

  @Test
  void rebuildsTheReceiptsRootAndBlockHashOfABlockOfMixedTransactions() throws Exception {
    byte[] caseId = Hash.sha3("甬江北综执立字〔2026〕第0101号".getBytes(StandardCharsets.UTF_8));
    chain
        .as(chain.officer, CaseRegistry::load, chain.cases())
        .open(caseId, BigInteger.ONE, false)
        .send();
    Credentials payer = DevConsortium.person("payer");
    anvil.fund(payer);
    String payee = DevConsortium.person("payee").getAddress();
    EvidenceRegistry evidence = chain.as(chain.officer, EvidenceRegistry::load, chain.evidence());
    String registry = chain.evidence().getContractAddress();

    anvil.pauseMining();
    List<Bytes32> sent = new ArrayList<>();
    try {
      long p = anvil.nonce(payer);
      long o = anvil.nonce(chain.officer);
      long chainId = DevConsortium.CHAIN_ID;
      BigInteger value = BigInteger.TEN.pow(15);
      sent.add(
          anvil.send(
              RawTransaction.createEtherTransaction(
                  BigInteger.valueOf(p++),
                  BigInteger.ZERO,
                  BigInteger.valueOf(21_000),
                  payee,
                  value),
              payer));
      sent.add(
          anvil.send(
              RawTransaction.createTransaction(
                  chainId,
                  BigInteger.valueOf(p++),
                  BigInteger.ZERO,
                  BigInteger.valueOf(60_000),
                  payee,
                  value,
                  "0x",
                  List.of(new AccessListObject(registry, List.of(Bytes32.ZERO.toHex())))),
              payer));
      sent.add(
          anvil.send(
              RawTransaction.createEtherTransaction(
                  chainId,
                  BigInteger.valueOf(p++),
                  BigInteger.valueOf(21_000),
                  payee,
                  value,
                  BigInteger.ZERO,
                  BigInteger.ZERO),
              payer));
      sent.add(
          anvil.send(
              RawTransaction.createContractTransaction(
                  BigInteger.valueOf(p++),
                  BigInteger.ZERO,
                  BigInteger.valueOf(8_000_000),
                  BigInteger.ZERO,
                  Consortium.BINARY),
              payer));
      for (int i = 0; i < 3; i++) {
        String call =
            evidence
                .deposit(
                    caseId,
                    digest("content " + i),
                    digest("sm3 " + i),
                    BigInteger.valueOf(1 + i),
                    digest("blob " + i),
                    digest("meta " + i))
                .encodeFunctionCall();
        sent.add(anvil.send(eip1559(chainId, o++, registry, call), chain.officer));
      }
      String reverting =
          evidence
              .deposit(
                  caseId, digest("no sm3"), new byte[32], BigInteger.ONE, digest("b"), digest("m"))
              .encodeFunctionCall();
      sent.add(anvil.send(eip1559(chainId, o++, registry, reverting), chain.officer));
      String anchor =
          evidence
              .anchorBatch(
                  digest("root"), BigInteger.valueOf(12), digest("manifest"), digest("meta"))
              .encodeFunctionCall();
      sent.add(
          anvil.send(
              RawTransaction.createTransaction(
                  BigInteger.valueOf(o++), BigInteger.ZERO, GAS, registry, anchor),
              chain.officer));
      anvil.mine();
    } finally {
      anvil.resumeMining();
    }

    List<JsonNode> receipts = new ArrayList<>();
    for (Bytes32 tx : sent) {
      receipts.add(anvil.receipt(tx));
    }
    Set<String> blocks =
        receipts.stream().map(r -> r.get("blockHash").asText()).collect(Collectors.toSet());
    assertThat(blocks).as("every transaction is in the one mined block").hasSize(1);
    assertThat(receipts.stream().map(r -> r.get("type").asText()).collect(Collectors.toSet()))
        .as("legacy, EIP-2930 and EIP-1559 transactions")
        .containsExactlyInAnyOrder("0x0", "0x1", "0x2");
    assertThat(receipts.stream().map(r -> r.get("status").asText()).collect(Collectors.toSet()))
        .as("successes and a failure")
        .containsExactlyInAnyOrder("0x1", "0x0");

    JsonNode block = anvil.latestBlock();
    assertThat(block.get("transactions")).hasSize(sent.size());
    BlockHeader header = ChainData.header(block);
    assertThat(Bytes32.of(header.keccakHash()).toHex())
        .as("our header hash is the block hash Anvil reports")
        .isEqualTo(block.get("hash").asText());

    JsonNode all = anvil.rpc.call("eth_getBlockReceipts", block.get("hash").asText());
    List<byte[]> encoded = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      byte[] e = ChainData.encodeReceipt(all.get(i));
      JsonNode one =
          anvil.rpc.call("eth_getTransactionReceipt", all.get(i).get("transactionHash").asText());
      assertThat(ChainData.encodeReceipt(one)).as("receipt %d alike both ways", i).isEqualTo(e);
      assertThat(TypedReceipt.decode(e).encode())
          .as("receipt %d decodes and re-encodes", i)
          .isEqualTo(e);
      encoded.add(e);
    }
    PatriciaTrie trie = PatriciaTrie.ofIndexed(encoded);
    assertThat("0x" + HexFormat.of().formatHex(trie.rootHash()))
        .as("our receipts root is the one Anvil reports")
        .isEqualTo(block.get("receiptsRoot").asText());
    for (int i = 0; i < encoded.size(); i++) {
      byte[] key = Rlp.uint(i);
      assertThat(PatriciaTrie.verify(header.receiptsRoot(), key, trie.proof(key)))
          .as("receipt %d proves against the header's receiptsRoot", i)
          .isEqualTo(encoded.get(i));
    }

    // The exporter takes the same path: a deposit in the middle of this block exports and verifies.
    Bytes32 depositTx = sent.get(5);
    Bytes32 evidenceId =
        Bytes32.of(
            EvidenceRegistry.getEvidenceDepositedEvents(
                    chain
                        .web3j
                        .ethGetTransactionReceipt(depositTx.toHex())
                        .send()
                        .getTransactionReceipt()
                        .orElseThrow())
                .get(0)
                .evidenceId);
    try (EvidencePackageExporter exporter =
        EvidencePackageExporter.connect(
            chain.anvil.rpcUrl(), DevConsortium.CHAIN_ID, Address.fromHex(registry))) {
      EvidencePackage pkg = exporter.exportDeposit(depositTx, evidenceId);
      assertThat(pkg.transactionIndex())
          .isEqualTo(Integer.decode(receipts.get(5).get("transactionIndex").asText()));
      Verification v =
          EvidenceVerifier.of(
                  TrustAnchor.blockHashes(
                      DevConsortium.CHAIN_ID,
                      Address.fromHex(registry),
                      Set.of(Bytes32.fromHex(block.get("hash").asText()))))
              .verify(pkg, "content 1".getBytes(StandardCharsets.UTF_8));
      // The deposit's digests are stand-ins, not a real file's: the links hold, the file does not.
      assertThat(v.verdict()).as(v.reason()).isEqualTo(Verdict.MISMATCH);

      // A node without eth_getBlockReceipts: the exporter reads the receipts one by one.
      AtomicInteger refused = new AtomicInteger();
      try (PackageExporter oneByOne =
          new PackageExporter(
              new JsonRpc(
                  withoutBlockReceipts(chain.anvil.rpcUrl(), refused), chain.anvil.rpcUrl()),
              DevConsortium.CHAIN_ID,
              Address.fromHex(registry))) {
        assertThat(EvidencePackage.parse(oneByOne.exportDeposit(depositTx, evidenceId)))
            .isEqualTo(pkg);
      }
      assertThat(refused.get()).as("eth_getBlockReceipts was asked for and refused").isPositive();
    }
  }

  /** A node that answers eth_getBlockReceipts with "method not found", as older nodes do. */
  private static HttpService withoutBlockReceipts(String url, AtomicInteger refusals) {
    return new HttpService(url) {
      @Override
      public <T extends Response> T send(Request request, Class<T> responseType)
          throws IOException {
        if (request.getMethod().equals("eth_getBlockReceipts")) {
          refusals.incrementAndGet();
          JsonRpc.RawResponse refused = new JsonRpc.RawResponse();
          refused.setError(new Response.Error(JsonRpc.METHOD_NOT_FOUND, "Method not found"));
          return responseType.cast(refused);
        }
        return super.send(request, responseType);
      }
    };
  }

  private static RawTransaction eip1559(long chainId, long nonce, String to, String data) {
    return RawTransaction.createTransaction(
        chainId,
        BigInteger.valueOf(nonce),
        GAS,
        to,
        BigInteger.ZERO,
        data,
        BigInteger.ZERO,
        BigInteger.ZERO);
  }

  private static byte[] digest(String s) {
    return Hash.sha3(s.getBytes(StandardCharsets.UTF_8));
  }
}
