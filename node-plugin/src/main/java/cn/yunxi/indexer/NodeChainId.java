package cn.yunxi.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a node for its chain id ({@code eth_chainId}): gateway signatures are bound to it. */
final class NodeChainId {
  private NodeChainId() {}

  static long of(URI rpc) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(rpc)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
            .build();
    try {
      String body =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
      JsonNode result = new ObjectMapper().readTree(body).get("result");
      if (result == null || !result.isTextual()) {
        throw new IOException("the node at " + rpc + " gave no chain id: " + body);
      }
      return Long.decode(result.asText());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted asking " + rpc + " for its chain id", e);
    } catch (NumberFormatException e) {
      throw new IOException("the node at " + rpc + " gave a malformed chain id", e);
    }
  }
}
