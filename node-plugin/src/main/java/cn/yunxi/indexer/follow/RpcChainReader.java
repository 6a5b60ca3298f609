package cn.yunxi.indexer.follow;

import static cn.yunxi.indexer.follow.JsonRpcHttp.await;
import static cn.yunxi.indexer.follow.JsonRpcHttp.unchecked;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.indexer.chain.ChainReader;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * A {@link ChainReader} over a node's JSON-RPC API (Besu, Anvil, any Ethereum client): {@code
 * eth_getLogs} filtered by the five Yunxi contracts and their events' topic 0s, plus every block's
 * header through batched {@code eth_getBlockByNumber} calls, logs decoded with the SDK's {@link
 * EventDecoder} and grouped per block.
 *
 * <p><b>Consistency.</b> A range is read as: the hash of its last block, then the logs and the
 * headers (concurrently), then the hash of its last block again. The headers must chain by parent
 * hash and end at that hash, which must not have changed, and every log's block hash must be its
 * block's: then the chain below the last block did not change while the logs were read, and the
 * logs belong to exactly these headers. Otherwise the range is read again (up to three times) and
 * then {@link ChainMovedException} is thrown — blocks of two forks are never mixed.
 *
 * <p>Requests never span more than {@link RangePolicy#MAX_BLOCKS} blocks; a refusal of the range as
 * too large, or a timeout of {@code eth_getLogs}, is thrown as {@link RangeTooLargeException} for
 * the caller's {@link RangePolicy}. Thread-safe.
 */
public final class RpcChainReader implements ChainReader {
  private static final int ATTEMPTS = 3;

  private final JsonRpcHttp rpc;
  private final EventDecoder decoder;
  private final String logFilter;
  private final int headerBatch;
  private final long maxLogRange;

  private RpcChainReader(Builder b) {
    this.rpc = new JsonRpcHttp(b.http, b.endpoint, b.timeout);
    this.decoder = EventDecoder.of(b.contracts);
    this.logFilter = logFilter(b.contracts, decoder.topic0s());
    this.headerBatch = b.headerBatch;
    this.maxLogRange = b.maxLogRange;
  }

  /** A reader of the node at {@code endpoint} (http or https) for these contracts' events. */
  public static Builder builder(URI endpoint, ContractAddresses contracts) {
    return new Builder(endpoint, contracts);
  }

  /** Settings of a {@link RpcChainReader}. */
  public static final class Builder {
    private final URI endpoint;
    private final ContractAddresses contracts;
    private HttpClient http;
    private Duration timeout = Duration.ofSeconds(30);
    private int headerBatch = 500;
    private long maxLogRange = RangePolicy.MAX_BLOCKS;

    private Builder(URI endpoint, ContractAddresses contracts) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      this.contracts = Objects.requireNonNull(contracts, "contracts");
    }

    /** The HTTP client to use (default: HTTP/1.1, 5 s connect timeout). */
    public Builder httpClient(HttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /** How long one request may take (default 30 s). */
    public Builder requestTimeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Headers per JSON-RPC batch request (default 500). */
    public Builder headerBatch(int headers) {
      if (headers < 1) {
        throw new IllegalArgumentException("headerBatch must be positive: " + headers);
      }
      this.headerBatch = headers;
      return this;
    }

    /** The widest {@code eth_getLogs} request, 1..5,000 blocks (default 5,000). */
    public Builder maxLogRange(long blocks) {
      if (blocks < 1 || blocks > RangePolicy.MAX_BLOCKS) {
        throw new IllegalArgumentException("maxLogRange must be 1..5000: " + blocks);
      }
      this.maxLogRange = blocks;
      return this;
    }

    public RpcChainReader build() {
      if (http == null) {
        http = JsonRpcHttp.defaultClient();
      }
      return new RpcChainReader(this);
    }
  }

  /** The node's JSON-RPC endpoint. */
  public URI endpoint() {
    return rpc.endpoint();
  }

  @Override
  public long headNumber() throws IOException {
    return RpcJson.quantity(rpc.post(call(1, "eth_blockNumber", "")), "eth_blockNumber");
  }

  @Override
  public Optional<Bytes32> hashAt(long number) throws IOException {
    if (number < 0) {
      throw new IllegalArgumentException("number < 0: " + number);
    }
    return Optional.ofNullable(header(number)).map(RpcHeader::hash);
  }

  @Override
  public List<ChainBlock> blocks(long from, long to) throws IOException {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("need 0 <= from <= to: " + from + ".." + to);
    }
    List<ChainBlock> blocks = new ArrayList<>(Math.toIntExact(Math.min(to - from + 1, 1 << 20)));
    for (long a = from; a <= to; ) {
      long b = Math.min(to, a + maxLogRange - 1);
      List<ChainBlock> part = readRange(a, b);
      if (!blocks.isEmpty()
          && !part.get(0).parentHash().equals(blocks.get(blocks.size() - 1).hash())) {
        throw new ChainMovedException("the chain changed at block " + a + " while reading");
      }
      blocks.addAll(part);
      a = b + 1;
    }
    return blocks;
  }

  private List<ChainBlock> readRange(long from, long to) throws IOException {
    ChainMovedException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return readOnce(from, to);
      } catch (ChainMovedException e) {
        last = e;
      }
    }
    throw last;
  }

  private List<ChainBlock> readOnce(long from, long to) throws IOException {
    Bytes32 before = tipHash(to);
    CompletableFuture<List<ChainEvent>> events =
        rpc.postAsync(getLogs(from, to))
            .thenApply(unchecked(RpcJson::logs))
            .thenApply(this::decodeAll);
    List<CompletableFuture<RpcHeader[]>> chunks = new ArrayList<>();
    for (long a = from; a <= to; a += headerBatch) {
      long first = a;
      int count = (int) Math.min(headerBatch, to - a + 1);
      chunks.add(
          rpc.postAsync(headerBatch(first, count))
              .thenApply(unchecked(body -> RpcJson.headerBatch(body, first, count))));
    }
    List<ChainEvent> logs = awaitLogs(events, from, to);
    List<RpcHeader> headers = new ArrayList<>((int) (to - from + 1));
    for (CompletableFuture<RpcHeader[]> chunk : chunks) {
      for (RpcHeader h : await(chunk)) {
        if (h == null) {
          throw new ChainMovedException("a block of " + from + ".." + to + " vanished");
        }
        headers.add(h);
      }
    }
    Bytes32 after = tipHash(to);
    if (!before.equals(after) || !after.equals(headers.get(headers.size() - 1).hash())) {
      throw new ChainMovedException("block " + to + " changed while its range was read");
    }
    return assemble(headers, logs);
  }

  private Bytes32 tipHash(long number) throws IOException {
    RpcHeader h = header(number);
    if (h == null) {
      throw new ChainMovedException("block " + number + " does not exist (any more)");
    }
    return h.hash();
  }

  private List<ChainEvent> awaitLogs(CompletableFuture<List<ChainEvent>> logs, long from, long to)
      throws IOException {
    try {
      return await(logs);
    } catch (JsonRpcException e) {
      if (RangePolicy.isRangeRefusal(e.code(), e.rpcMessage())) {
        throw new RangeTooLargeException(from, to, e.rpcMessage(), e);
      }
      throw e;
    } catch (HttpTimeoutException e) {
      throw new RangeTooLargeException(from, to, "no answer in time", e);
    }
  }

  /** Decodes the logs that are Yunxi events; the filter lets through nothing else in practice. */
  private List<ChainEvent> decodeAll(List<RawLog> logs) {
    List<ChainEvent> events = new ArrayList<>(logs.size());
    for (RawLog log : logs) {
      Optional<YunxiEvent> event = decoder.decode(log);
      if (event.isPresent()) {
        events.add(new ChainEvent(log, event.get()));
      }
    }
    return events;
  }

  /** Checks the headers chain and the logs belong to them, and builds the blocks. */
  private static List<ChainBlock> assemble(List<RpcHeader> headers, List<ChainEvent> events)
      throws IOException {
    long from = headers.get(0).number();
    List<List<ChainEvent>> perBlock = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      RpcHeader h = headers.get(i);
      if (h.number() != from + i) {
        throw new IOException("header " + h.number() + " where " + (from + i) + " was expected");
      }
      if (i > 0 && !h.parentHash().equals(headers.get(i - 1).hash())) {
        throw new ChainMovedException("block " + h.number() + " does not extend its predecessor");
      }
      perBlock.add(new ArrayList<>(0));
    }
    for (ChainEvent e : events) {
      RawLog log = e.log();
      long slot = log.blockNumber() - from;
      if (slot < 0 || slot >= headers.size()) {
        throw new IOException("eth_getLogs returned a log of block " + log.blockNumber());
      }
      if (log.removed() || !log.blockHash().equals(headers.get((int) slot).hash())) {
        throw new ChainMovedException(
            "a log of block " + log.blockNumber() + " belongs to another fork");
      }
      perBlock.get((int) slot).add(e);
    }
    List<ChainBlock> blocks = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      RpcHeader h = headers.get(i);
      List<ChainEvent> inBlock = perBlock.get(i);
      if (!inLogOrder(inBlock)) {
        inBlock.sort(Comparator.comparingInt(e -> e.log().logIndex()));
      }
      blocks.add(
          new ChainBlock(
              h.number(), h.hash(), h.parentHash(), Instant.ofEpochSecond(h.timestamp()), inBlock));
    }
    return blocks;
  }

  private static boolean inLogOrder(List<ChainEvent> events) {
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i - 1).log().logIndex() >= events.get(i).log().logIndex()) {
        return false;
      }
    }
    return true;
  }

  private RpcHeader header(long number) throws IOException {
    return RpcJson.header(
        rpc.post(call(1, "eth_getBlockByNumber", "\"" + hex(number) + "\",false")));
  }

  private String getLogs(long from, long to) {
    return call(
        1,
        "eth_getLogs",
        "{\"fromBlock\":\"" + hex(from) + "\",\"toBlock\":\"" + hex(to) + "\"," + logFilter + "}");
  }

  private static String headerBatch(long first, int count) {
    StringBuilder body = new StringBuilder(count * 90 + 2).append('[');
    for (int i = 0; i < count; i++) {
      long n = first + i;
      if (i > 0) {
        body.append(',');
      }
      body.append("{\"jsonrpc\":\"2.0\",\"id\":")
          .append(n)
          .append(",\"method\":\"eth_getBlockByNumber\",\"params\":[\"")
          .append(hex(n))
          .append("\",false]}");
    }
    return body.append(']').toString();
  }

  private static String call(long id, String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\""
        + method
        + "\",\"params\":["
        + params
        + "]}";
  }

  /** The part of the {@code eth_getLogs} filter that never changes: addresses and topic 0s. */
  private static String logFilter(ContractAddresses contracts, List<Bytes32> topic0s) {
    String addresses =
        contracts.all().stream()
            .map(Address::toHex)
            .map(a -> "\"" + a + "\"")
            .collect(Collectors.joining(","));
    String topics =
        topic0s.stream()
            .map(Bytes32::toHex)
            .map(t -> "\"" + t + "\"")
            .collect(Collectors.joining(","));
    return "\"address\":[" + addresses + "],\"topics\":[[" + topics + "]]";
  }

  private static String hex(long n) {
    return "0x" + Long.toHexString(n);
  }
}
