package cn.yunxi.indexer.follow;

import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.client.ClientFixture;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Many real deposits, fast: the officer's account impersonated on Anvil and {@code
 * eth_sendTransaction} sent in JSON-RPC batches, instead of signing each transaction in the SDK.
 * The transactions, blocks and events are real; only the signing is skipped. Automining is paused
 * and each batch of {@code perBlock} deposits is mined as one block: 1 is the worst case for the
 * indexer (a header per event), 100 looks like a busy QBFT chain.
 */
public final class BulkDeposits {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final long TX_GAS = 400_000;

  private BulkDeposits() {}

  /** Opens case {@code name} and deposits {@code n} items in it; returns when all are mined. */
  public static void make(TestChain chain, String name, int n, int perBlock) throws Exception {
    Bytes32 caseId = CaseOperations.caseIdOf(name);
    try (var officer = chain.officer()) {
      officer.cases().open(caseId, 101, false);
    }
    String from = chain.chain.officer.getAddress();
    String to = chain.addresses.evidence().toHex();
    chain.call("anvil_impersonateAccount", from);
    // Automining off; each batch of perBlock transactions is sent, then mined as one block. (A
    // block gas limit smaller than the pool makes Anvil drop transactions: one batch at a time.)
    chain.call("evm_setAutomine", false);
    chain.call(
        "evm_setBlockGasLimit", "0x" + Long.toHexString(Math.max(TX_GAS * perBlock, 30_000_000L)));
    int batch = perBlock;
    // Explicit nonces: Anvil may handle the calls of a batch concurrently.
    long nonce = Long.decode(chain.call("eth_getTransactionCount", from, "pending").asText());
    try {
      for (int done = 0; done < n; ) {
        int count = Math.min(batch, n - done);
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
          NewEvidence e = ClientFixture.item(caseId, name + "-" + (done + i));
          body.append(i == 0 ? "" : ",")
              .append("{\"jsonrpc\":\"2.0\",\"id\":")
              .append(i)
              .append(",\"method\":\"eth_sendTransaction\",\"params\":[{\"from\":\"")
              .append(from)
              .append("\",\"to\":\"")
              .append(to)
              .append("\",\"nonce\":\"0x")
              .append(Long.toHexString(nonce++))
              .append("\",\"gas\":\"0x")
              .append(Long.toHexString(TX_GAS))
              .append("\",\"gasPrice\":\"0x0\",\"data\":\"")
              .append(calldata(e))
              .append("\"}]}");
        }
        JsonNode answers = post(chain.http(), body.append(']').toString());
        for (JsonNode a : answers) {
          if (a.has("error")) {
            throw new IllegalStateException("deposit refused: " + a.get("error"));
          }
        }
        // Interval mining may have taken the batch already; then this block is empty.
        chain.call("evm_mine");
        long mined = minedNonce(chain, from);
        if (mined < nonce) {
          chain.call("evm_mine");
          long now = minedNonce(chain, from);
          if (now < nonce) {
            throw new IllegalStateException(
                "Anvil mines no more deposits at nonce "
                    + now
                    + " (pool: "
                    + chain.call("txpool_status")
                    + ")");
          }
        }
        done += count;
      }
    } finally {
      chain.call("evm_setBlockGasLimit", "0x1c9c380");
      chain.call("evm_setAutomine", true);
      chain.call("anvil_stopImpersonatingAccount", from);
    }
  }

  private static long minedNonce(TestChain chain, String account) {
    return Long.decode(chain.call("eth_getTransactionCount", account, "latest").asText());
  }

  /** The calldata of {@code EvidenceRegistry.deposit} for {@code e}. */
  public static String calldata(NewEvidence e) {
    List<Type> args =
        List.of(
            word(e.caseId().toByteArray()),
            word(e.contentSha256().toByteArray()),
            word(e.contentSm3().toByteArray()),
            new Uint8(BigInteger.valueOf(e.kind())),
            word(e.blobRef().toByteArray()),
            word(e.metadataHash().toByteArray()));
    return FunctionEncoder.encode(new Function("deposit", args, List.of()));
  }

  private static org.web3j.abi.datatypes.generated.Bytes32 word(byte[] value) {
    return new org.web3j.abi.datatypes.generated.Bytes32(value);
  }

  private static JsonNode post(URI uri, String body) throws Exception {
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return JSON.readTree(response.body());
  }
}
