package cn.yunxi.sdk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.model.Bytes32;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's side of the exchange against a real HTTP server playing the index: answers read from
 * the connection as they stream, the connection kept for the next query, and every way an answer
 * can be wrong turned into an {@link IndexApiException} that says which.
 */
class IndexClientTest {
  private static final Bytes32 CASE = Bytes32.fromAscii("case");
  private static final String EMPTY_PAGE =
      "{\"head\":{\"number\":7,\"hash\":\"0x" + "ab".repeat(32) + "\"},\"data\":[],\"next\":null}";

  private final AtomicReference<Answer> answer = new AtomicReference<>();
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
  private HttpServer server;
  private IndexClient client;

  private record Answer(int status, String body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
    client =
        IndexClient.builder()
            .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
            .token("test-token-0123456789")
            .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void serve(HttpExchange exchange) throws IOException {
    clientPorts.add(exchange.getRemoteAddress().getPort());
    Answer a = answer.get();
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(a.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void readsAnAnswerAndKeepsTheConnectionForTheNext() {
    // Trailing whitespace after the JSON: the client must read past the value to reuse the line.
    answer.set(new Answer(200, EMPTY_PAGE + "\n\n   "));
    for (int i = 0; i < 5; i++) {
      IndexResponse<List<EventView>> page = client.caseTimeline(CASE, PageQuery.first(10));
      assertThat(page.head().number()).isEqualTo(7);
      assertThat(page.data()).isEmpty();
    }
    assertThat(clientPorts).as("one connection for all five queries").hasSize(1);
  }

  @Test
  void anAnswerThatIsNotTheApisJsonIsNamedSo() {
    answer.set(new Answer(200, "<html>proxy error</html>"));
    assertThatThrownBy(() -> client.caseTimeline(CASE, PageQuery.first(10)))
        .isInstanceOf(IndexApiException.class)
        .hasMessageContaining("is not the API's JSON");
    answer.set(new Answer(200, "{\"head\":{\"number\":7,\"hash\":\"0x12\"},\"data\":[]}"));
    assertThatThrownBy(() -> client.caseTimeline(CASE, PageQuery.first(10)))
        .isInstanceOf(IndexApiException.class)
        .hasMessageContaining("is not the API's JSON");
  }

  @Test
  void anErrorAnswerCarriesTheServersMessageAndStatus() {
    answer.set(new Answer(503, "{\"error\":\"the index is rebuilding\"}"));
    assertThatThrownBy(() -> client.caseTimeline(CASE, PageQuery.first(10)))
        .isInstanceOfSatisfying(
            IndexApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.error()).isEqualTo("the index is rebuilding");
            });
    answer.set(new Answer(404, "{\"error\":\"no case\"}"));
    assertThatThrownBy(() -> client.caseTimeline(CASE, PageQuery.first(10)))
        .isInstanceOf(IndexNotFoundException.class)
        .hasMessageContaining("no case");
  }

  @Test
  void aServerThatIsNotThereIsReportedAsUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    IndexClient nowhere = IndexClient.builder().endpoint("http://127.0.0.1:" + closedPort).build();
    assertThatThrownBy(() -> nowhere.caseTimeline(CASE, PageQuery.first(10)))
        .isInstanceOfSatisfying(
            IndexApiException.class,
            e -> {
              assertThat(e.status()).isZero();
              assertThat(e.getMessage()).contains("cannot be reached");
            });
  }
}
