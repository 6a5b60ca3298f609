package cn.yunxi.indexer.follow;

import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Parses the node's JSON-RPC answers with Jackson's streaming parser, straight into the few values
 * the indexer keeps: no tree, no intermediate strings for hex fields, unknown fields skipped. Block
 * headers (≈ 1.7 KB of JSON each, mostly the logs bloom) and logs are the bulk of a backfill, so
 * this is on the hot path.
 */
final class RpcJson {
  private static final JsonFactory JSON = new JsonFactory();
  private static final HexFormat HEX = HexFormat.of();

  private RpcJson() {}

  /** Reads the value of a {@code result} field; the parser stands on its first token. */
  @FunctionalInterface
  interface ResultReader<T> {
    T read(JsonParser p) throws IOException;
  }

  /** The result of a single call's answer, or {@link JsonRpcException} if it is an error. */
  static <T> T result(byte[] body, String method, ResultReader<T> reader) throws IOException {
    try (JsonParser p = JSON.createParser(body)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, method);
      Answer<T> answer = readAnswer(p, method, reader);
      if (answer.error != null) {
        throw answer.error;
      }
      if (!answer.hasResult) {
        throw new IOException(method + ": answer has neither result nor error");
      }
      return answer.result;
    }
  }

  /** The answer of {@code eth_getLogs}: every log, in the node's order. */
  static List<RawLog> logs(byte[] body) throws IOException {
    return result(body, "eth_getLogs", RpcJson::readLogs);
  }

  /** The answer of {@code eth_blockNumber} and other calls returning one quantity. */
  static long quantity(byte[] body, String method) throws IOException {
    return result(body, method, RpcJson::readQuantity);
  }

  /** The answer of one {@code eth_getBlockByNumber}: the header, or null if there is no block. */
  static RpcHeader header(byte[] body) throws IOException {
    return result(body, "eth_getBlockByNumber", RpcJson::readHeaderOrNull);
  }

  /**
   * The answer of a batch of {@code eth_getBlockByNumber} calls whose ids are the block numbers
   * {@code first..first+count-1}. Answers may come in any order (JSON-RPC allows it); slot {@code
   * i} holds block {@code first+i}, or null where the node has no such block.
   *
   * @throws JsonRpcException if the node refused the batch or any call in it
   */
  static RpcHeader[] headerBatch(byte[] body, long first, int count) throws IOException {
    String method = "eth_getBlockByNumber batch";
    RpcHeader[] headers = new RpcHeader[count];
    boolean[] answered = new boolean[count];
    try (JsonParser p = JSON.createParser(body)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        // A node that refuses a whole batch answers with one error object.
        Answer<RpcHeader> answer = readAnswer(p, method, RpcJson::readHeaderOrNull);
        throw answer.error != null
            ? answer.error
            : new IOException(method + ": a single answer to a batch request");
      }
      expect(p, t, JsonToken.START_ARRAY, method);
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        expect(p, t, JsonToken.START_OBJECT, method);
        Answer<RpcHeader> answer = readAnswer(p, method, RpcJson::readHeaderOrNull);
        if (answer.error != null) {
          throw answer.error;
        }
        long slot = answer.id - first;
        if (answer.id == Long.MIN_VALUE || slot < 0 || slot >= count || answered[(int) slot]) {
          throw new IOException(method + ": unexpected or repeated id " + answer.id);
        }
        RpcHeader h = answer.result;
        if (h != null && h.number() != answer.id) {
          throw new IOException(method + ": asked for block " + answer.id + ", got " + h.number());
        }
        answered[(int) slot] = true;
        headers[(int) slot] = h;
      }
    }
    for (int i = 0; i < count; i++) {
      if (!answered[i]) {
        throw new IOException(method + ": no answer for block " + (first + i));
      }
    }
    return headers;
  }

  private static final class Answer<T> {
    long id = Long.MIN_VALUE;
    boolean hasResult;
    T result;
    JsonRpcException error;
  }

  /** Reads one answer object; the parser stands on its START_OBJECT and ends on its END_OBJECT. */
  private static <T> Answer<T> readAnswer(JsonParser p, String method, ResultReader<T> reader)
      throws IOException {
    Answer<T> a = new Answer<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> a.id = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : Long.MIN_VALUE;
        case "result" -> {
          a.hasResult = true;
          a.result = reader.read(p);
        }
        case "error" -> a.error = readError(p, method);
        default -> p.skipChildren();
      }
    }
    return a;
  }

  private static JsonRpcException readError(JsonParser p, String method) throws IOException {
    int code = 0;
    String message = "";
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return new JsonRpcException(method, 0, p.getText());
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("code") && value == JsonToken.VALUE_NUMBER_INT) {
        code = p.getIntValue();
      } else if (field.equals("message") && value == JsonToken.VALUE_STRING) {
        message = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return new JsonRpcException(method, code, message);
  }

  private static List<RawLog> readLogs(JsonParser p) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_ARRAY, "eth_getLogs");
    List<RawLog> logs = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      logs.add(readLog(p));
    }
    expect(p, p.currentToken(), JsonToken.END_ARRAY, "eth_getLogs");
    return logs;
  }

  private static RawLog readLog(JsonParser p) throws IOException {
    Address emitter = null;
    List<Bytes32> topics = null;
    byte[] data = null;
    long blockNumber = -1;
    Bytes32 blockHash = null;
    Bytes32 txHash = null;
    long txIndex = -1;
    long logIndex = -1;
    boolean removed = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "address" -> emitter = Address.of(readBytes(p, 20));
        case "topics" -> topics = readTopics(p);
        case "data" -> data = readBytes(p, -1);
        case "blockNumber" -> blockNumber = readQuantity(p);
        case "blockHash" -> blockHash = readHash(p);
        case "transactionHash" -> txHash = readHash(p);
        case "transactionIndex" -> txIndex = readQuantity(p);
        case "logIndex" -> logIndex = readQuantity(p);
        case "removed" -> removed = p.currentToken() == JsonToken.VALUE_TRUE;
        default -> p.skipChildren();
      }
    }
    if (emitter == null
        || topics == null
        || data == null
        || blockNumber < 0
        || blockHash == null
        || txHash == null
        || txIndex < 0
        || logIndex < 0) {
      // A pending log or a node that leaves fields out: neither can be indexed.
      throw new IOException("eth_getLogs: a log lacks a field (pending log?) near " + location(p));
    }
    return new RawLog(
        emitter,
        topics,
        data,
        blockNumber,
        blockHash,
        txHash,
        Math.toIntExact(txIndex),
        Math.toIntExact(logIndex),
        removed);
  }

  private static List<Bytes32> readTopics(JsonParser p) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_ARRAY, "topics");
    List<Bytes32> topics = new ArrayList<>(4);
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      topics.add(readHash(p));
    }
    expect(p, p.currentToken(), JsonToken.END_ARRAY, "topics");
    return topics;
  }

  private static RpcHeader readHeaderOrNull(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, p.currentToken(), JsonToken.START_OBJECT, "block");
    long number = -1;
    long timestamp = -1;
    Bytes32 hash = null;
    Bytes32 parent = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "number" -> number = readQuantity(p);
        case "hash" -> hash = readHash(p);
        case "parentHash" -> parent = readHash(p);
        case "timestamp" -> timestamp = readQuantity(p);
        default -> p.skipChildren(); // logsBloom, transactions, …: tokenised, never copied
      }
    }
    if (number < 0 || hash == null || parent == null || timestamp < 0) {
      throw new IOException("block header lacks number, hash, parentHash or timestamp");
    }
    return new RpcHeader(number, hash, parent, timestamp);
  }

  /** A {@code 0x}-prefixed hex quantity, parsed from the parser's buffer without a String. */
  static long readQuantity(JsonParser p) throws IOException {
    expect(p, p.currentToken(), JsonToken.VALUE_STRING, "quantity");
    char[] c = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    if (len < 3 || len > 18 || c[off] != '0' || (c[off + 1] != 'x' && c[off + 1] != 'X')) {
      throw new IOException("not a hex quantity (at most 16 digits): " + p.getText());
    }
    long value = 0;
    for (int i = off + 2; i < off + len; i++) {
      int d = Character.digit(c[i], 16);
      if (d < 0) {
        throw new IOException("not a hex quantity: " + p.getText());
      }
      value = (value << 4) | d;
    }
    if (value < 0) {
      throw new IOException("quantity out of range: " + p.getText());
    }
    return value;
  }

  private static Bytes32 readHash(JsonParser p) throws IOException {
    return Bytes32.of(readBytes(p, 32));
  }

  /** {@code 0x}-prefixed hex data; {@code length} bytes exactly unless it is -1. */
  private static byte[] readBytes(JsonParser p, int length) throws IOException {
    expect(p, p.currentToken(), JsonToken.VALUE_STRING, "hex data");
    char[] c = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    if (len < 2 || c[off] != '0' || (c[off + 1] != 'x' && c[off + 1] != 'X') || len % 2 != 0) {
      throw new IOException("not 0x-prefixed hex bytes: " + p.getText());
    }
    if (length >= 0 && len != 2 + 2 * length) {
      throw new IOException("not " + length + " bytes of hex: " + p.getText());
    }
    try {
      return HEX.parseHex(c, off + 2, off + len);
    } catch (IllegalArgumentException e) {
      throw new IOException("not hex: " + p.getText(), e);
    }
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what)
      throws IOException {
    if (actual != expected) {
      throw new IOException(
          what + ": expected " + expected + " but found " + actual + " at " + location(p));
    }
  }

  private static String location(JsonParser p) {
    return "byte " + p.currentTokenLocation().getByteOffset();
  }
}
