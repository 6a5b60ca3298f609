package cn.yunxi.indexer.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RpcJsonTest {
  private static final String H1 = "0x" + "11".repeat(32);
  private static final String H2 = "0x" + "22".repeat(32);
  private static final String H3 = "0x" + "33".repeat(32);
  private static final String TX = "0x" + "ab".repeat(32);
  private static final String TOPIC = "0x" + "0f".repeat(32);
  private static final String BLOOM = "0x" + "00".repeat(256);

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String log(String blockHash, String extra) {
    return "{\"address\":\"0x5FbDB2315678afecb367f032d93F642f64180aa3\",\"topics\":[\""
        + TOPIC
        + "\",\""
        + H3
        + "\"],\"data\":\"0x00ff\",\"blockHash\":\""
        + blockHash
        + "\",\"blockNumber\":\"0x1a\",\"blockTimestamp\":\"0x6b0a5b61\",\"transactionHash\":\""
        + TX
        + "\",\"transactionIndex\":\"0x2\",\"logIndex\":\"0x10\""
        + extra
        + "}";
  }

  @Test
  void readsLogsSkippingFieldsItDoesNotKnow() throws IOException {
    List<RawLog> logs =
        RpcJson.logs(
            json(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":["
                    + log(H1, ",\"removed\":false,\"extra\":{\"a\":[1,2]}")
                    + ","
                    + log(H2, "")
                    + "]}"));
    assertThat(logs).hasSize(2);
    RawLog first = logs.get(0);
    assertThat(first.emitter())
        .isEqualTo(Address.fromHex("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
    assertThat(first.topics()).containsExactly(Bytes32.fromHex(TOPIC), Bytes32.fromHex(H3));
    assertThat(first.data()).containsExactly(0x00, 0xff);
    assertThat(first.blockNumber()).isEqualTo(26);
    assertThat(first.blockHash()).isEqualTo(Bytes32.fromHex(H1));
    assertThat(first.transactionHash()).isEqualTo(Bytes32.fromHex(TX));
    assertThat(first.transactionIndex()).isEqualTo(2);
    assertThat(first.logIndex()).isEqualTo(16);
    assertThat(first.removed()).isFalse();
    assertThat(logs.get(1).blockHash()).isEqualTo(Bytes32.fromHex(H2));
  }

  @Test
  void anEmptyResultIsNoLogs() throws IOException {
    assertThat(RpcJson.logs(json("{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":[]}"))).isEmpty();
  }

  @Test
  void anErrorAnswerBecomesAJsonRpcExceptionWithCodeAndMessage() {
    byte[] body =
        json(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32005,"
                + "\"message\":\"Requested range exceeds maximum RPC range limit\",\"data\":null}}");
    assertThatThrownBy(() -> RpcJson.logs(body))
        .isInstanceOfSatisfying(
            JsonRpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(-32005);
              assertThat(e.rpcMessage())
                  .isEqualTo("Requested range exceeds maximum RPC range limit");
            });
  }

  @Test
  void aPendingLogIsRefused() {
    String pending = log(H1, "").replace("\"blockHash\":\"" + H1 + "\",", "");
    assertThatThrownBy(() -> RpcJson.logs(json("{\"id\":1,\"result\":[" + pending + "]}")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("lacks a field");
  }

  @Test
  void malformedHexIsRefused() {
    String shortHash = log("0x1234", "");
    assertThatThrownBy(() -> RpcJson.logs(json("{\"id\":1,\"result\":[" + shortHash + "]}")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("32 bytes");
  }

  private static String block(long number, String hash, String parent) {
    return "{\"hash\":\""
        + hash
        + "\",\"parentHash\":\""
        + parent
        + "\",\"logsBloom\":\""
        + BLOOM
        + "\",\"number\":\"0x"
        + Long.toHexString(number)
        + "\",\"timestamp\":\"0x6b0a5b61\",\"uncles\":[],\"transactions\":[\""
        + TX
        + "\"],\"withdrawals\":[]}";
  }

  @Test
  void readsABatchOfHeadersAnsweredInAnyOrder() throws IOException {
    byte[] body =
        json(
            "[{\"jsonrpc\":\"2.0\",\"id\":12,\"result\":"
                + block(12, H3, H2)
                + "},{\"jsonrpc\":\"2.0\",\"id\":10,\"result\":"
                + block(10, H1, H3)
                + "},{\"jsonrpc\":\"2.0\",\"id\":11,\"result\":null}]");
    RpcHeader[] headers = RpcJson.headerBatch(body, 10, 3);
    assertThat(headers[0])
        .isEqualTo(new RpcHeader(10, Bytes32.fromHex(H1), Bytes32.fromHex(H3), 0x6b0a5b61L));
    assertThat(headers[1]).isNull();
    assertThat(headers[2].hash()).isEqualTo(Bytes32.fromHex(H3));
    assertThat(headers[2].parentHash()).isEqualTo(Bytes32.fromHex(H2));
  }

  @Test
  void aBatchMissingAnAnswerOrRepeatingOneIsRefused() {
    String ten = "{\"id\":10,\"result\":" + block(10, H1, H3) + "}";
    assertThatThrownBy(() -> RpcJson.headerBatch(json("[" + ten + "]"), 10, 2))
        .hasMessageContaining("no answer for block 11");
    assertThatThrownBy(() -> RpcJson.headerBatch(json("[" + ten + "," + ten + "]"), 10, 2))
        .hasMessageContaining("repeated id 10");
    String wrong = "{\"id\":11,\"result\":" + block(12, H1, H3) + "}";
    assertThatThrownBy(() -> RpcJson.headerBatch(json("[" + ten + "," + wrong + "]"), 10, 2))
        .hasMessageContaining("asked for block 11, got 12");
  }

  @Test
  void aRefusedBatchOrCallInsideItIsAJsonRpcException() {
    assertThatThrownBy(
            () ->
                RpcJson.headerBatch(
                    json("{\"id\":null,\"error\":{\"code\":-32600,\"message\":\"batch too big\"}}"),
                    0,
                    1))
        .isInstanceOfSatisfying(
            JsonRpcException.class, e -> assertThat(e.code()).isEqualTo(-32600));
    assertThatThrownBy(
            () ->
                RpcJson.headerBatch(
                    json("[{\"id\":0,\"error\":{\"code\":-32000,\"message\":\"busy\"}}]"), 0, 1))
        .isInstanceOf(JsonRpcException.class)
        .hasMessageContaining("busy");
  }

  @Test
  void readsSingleHeadersAndQuantities() throws IOException {
    assertThat(RpcJson.header(json("{\"id\":1,\"result\":null}"))).isNull();
    assertThat(RpcJson.header(json("{\"id\":1,\"result\":" + block(255, H2, H1) + "}")).number())
        .isEqualTo(255);
    assertThat(RpcJson.quantity(json("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1f4\"}"), "m"))
        .isEqualTo(500);
    assertThat(RpcJson.quantity(json("{\"id\":1,\"result\":\"0x7fffffffffffffff\"}"), "m"))
        .isEqualTo(Long.MAX_VALUE);
    for (String bad : List.of("\"0x\"", "\"12\"", "\"0xg1\"", "\"0x8000000000000000\"", "12")) {
      assertThatThrownBy(() -> RpcJson.quantity(json("{\"id\":1,\"result\":" + bad + "}"), "m"))
          .as(bad)
          .isInstanceOf(IOException.class);
    }
    assertThatThrownBy(() -> RpcJson.quantity(json("{\"id\":1}"), "m"))
        .hasMessageContaining("neither result nor error");
  }
}
