package cn.yunxi.cli.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain JSON-RPC calls to the dev node for what web3j has no method for (Anvil's mining controls)
 * and for quick liveness checks, without building a web3j client.
 */
public final class RpcCalls {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final URI rpc;

  public RpcCalls(URI rpc) {
    this.rpc = rpc;
  }

  /** Calls {@code method} with {@code params} (JSON values); returns the result. */
  public JsonNode call(String method, Object... params) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("jsonrpc", "2.0");
    body.put("id", 1);
    body.put("method", method);
    ArrayNode p = body.putArray("params");
    for (Object param : params) {
      p.addPOJO(param);
    }
    HttpRequest request =
        HttpRequest.newBuilder(rpc)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    JsonNode answer;
    try {
      answer = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted during " + method, e);
    }
    if (answer.has("error")) {
      throw new IOException(method + ": " + answer.get("error").path("message").asText());
    }
    return answer.path("result");
  }

  /** The node's newest block number. */
  public long blockNumber() throws IOException {
    return Long.decode(call("eth_blockNumber").asText());
  }

  /** The node's chain id. */
  public long chainId() throws IOException {
    return Long.decode(call("eth_chainId").asText());
  }

  /** Whether the node answers at all. */
  public boolean answers() {
    try {
      chainId();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
