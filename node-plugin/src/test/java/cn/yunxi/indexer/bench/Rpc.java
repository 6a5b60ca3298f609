package cn.yunxi.indexer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain JSON-RPC over java.net.http and Jackson: node control calls and the baselines' reads. */
final class Rpc {
  static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  Rpc(URI endpoint) {
    this.endpoint = endpoint;
  }

  URI endpoint() {
    return endpoint;
  }

  /** One call; its result, failing on an error answer. */
  JsonNode call(String method, Object... params) {
    String body;
    try {
      body =
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""
              + method
              + "\",\"params\":"
              + JSON.writeValueAsString(params)
              + "}";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode answer = post(body);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** A raw request body (one call or a batch); the parsed answer. */
  JsonNode post(String body) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(endpoint)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofMinutes(2))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  long quantity(String method, Object... params) {
    return Long.decode(call(method, params).asText());
  }

  static String hex(long n) {
    return "0x" + Long.toHexString(n);
  }
}
