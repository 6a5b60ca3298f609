package cn.yunxi.indexer.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP proxy in front of a node that refuses {@code eth_getLogs} over more than {@code cap}
 * blocks, with a given error code and message (Besu's by default), and forwards everything else.
 */
final class RangeCapProxy implements AutoCloseable {
  static final int BESU_CODE = -32005;
  static final String BESU_MESSAGE = "Requested range exceeds maximum RPC range limit";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI node;
  private final long cap;
  private final int code;
  private final String message;
  private final AtomicInteger refusals = new AtomicInteger();
  private final AtomicLong widestServed = new AtomicLong();

  private RangeCapProxy(URI node, long cap, int code, String message) throws IOException {
    this.node = node;
    this.cap = cap;
    this.code = code;
    this.message = message;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static RangeCapProxy start(URI node, long cap, int code, String message) throws IOException {
    return new RangeCapProxy(node, cap, code, message);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  int refusals() {
    return refusals.get();
  }

  long widestServed() {
    return widestServed.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] request = exchange.getRequestBody().readAllBytes();
      JsonNode call = JSON.readTree(request);
      if (call.isObject() && "eth_getLogs".equals(call.path("method").asText())) {
        JsonNode filter = call.path("params").path(0);
        long width =
            Long.decode(filter.path("toBlock").asText())
                - Long.decode(filter.path("fromBlock").asText())
                + 1;
        if (width > cap) {
          refusals.incrementAndGet();
          String error =
              "{\"jsonrpc\":\"2.0\",\"id\":"
                  + call.path("id")
                  + ",\"error\":{\"code\":"
                  + code
                  + ",\"message\":\""
                  + message
                  + "\"}}";
          reply(exchange, 200, error.getBytes(StandardCharsets.UTF_8));
          return;
        }
        widestServed.accumulateAndGet(width, Math::max);
      }
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(node)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      reply(exchange, answer.statusCode(), answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
