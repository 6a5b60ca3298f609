package cn.yunxi.indexer;

import cn.yunxi.indexer.api.Departments;
import cn.yunxi.sdk.model.Bytes32;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indexer process's command line: {@code --name value} pairs, checked up front so that a
 * mistake is one clear line rather than a stack trace later.
 *
 * @param rpc the node's JSON-RPC URL
 * @param webSocket the node's WebSocket URL for new heads; empty: derived from {@code rpc}
 * @param contracts JSON file with the five contract addresses
 * @param data the index directory (created if missing)
 * @param tokens the bearer-token file of the API
 * @param blobs the department's blob directory; present: serve it as the blob gateway
 * @param department the gateway's department (code or 0x id); required with {@code blobs}
 * @param host the address to listen on
 * @param port the port (0: any free one)
 * @param confirmations blocks to stay behind the head (0 on QBFT: final at once)
 * @param startBlock the first block with Yunxi events (the deployment block)
 * @param help whether {@code --help} was asked
 */
public record IndexerOptions(
    URI rpc,
    Optional<URI> webSocket,
    Path contracts,
    Path data,
    Path tokens,
    Optional<Path> blobs,
    Optional<Bytes32> department,
    String host,
    int port,
    long confirmations,
    long startBlock,
    boolean help) {

  public static final String USAGE =
      """
      usage: yunxi-indexer --rpc URL --contracts FILE --data DIR --tokens FILE [options]
        --rpc URL            the node's JSON-RPC endpoint, e.g. http://127.0.0.1:8545
        --ws URL             its WebSocket endpoint for new heads (default: the RPC URL as ws://)
        --contracts FILE     JSON with the addresses: consortium, cases, evidence, letters, requests
                             (at the top level or under "contracts", as in dev.json)
        --data DIR           the index directory (created if missing)
        --tokens FILE        API bearer tokens (JSON or YAML; see the README)
        --blobs DIR          serve this blob directory as the department's blob gateway
        --department CODE    the gateway's department (code such as JB-JJDD, or 0x id)
        --host ADDRESS       address to listen on (default 127.0.0.1)
        --port N             port to listen on (default 8650; 0 = any free port)
        --confirmations N    blocks to stay behind the head (default 0: QBFT is final at once)
        --start-block N      first block to read events from (default 0)
        --help               this text""";

  private static final Set<String> FLAGS =
      Set.of(
          "--rpc",
          "--ws",
          "--contracts",
          "--data",
          "--tokens",
          "--blobs",
          "--department",
          "--host",
          "--port",
          "--confirmations",
          "--start-block");

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException naming the option at fault and what it needs
   */
  public static IndexerOptions parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--help") || name.equals("-h")) {
        return new IndexerOptions(
            null,
            Optional.empty(),
            null,
            null,
            null,
            Optional.empty(),
            Optional.empty(),
            "",
            0,
            0,
            0,
            true);
      }
      if (!FLAGS.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      if (values.put(name, args[++i]) != null) {
        throw new IllegalArgumentException(name + " given twice");
      }
    }
    URI rpc = uri(required(values, "--rpc"), "--rpc", "http", "https");
    Optional<URI> ws =
        Optional.ofNullable(values.get("--ws")).map(v -> uri(v, "--ws", "ws", "wss"));
    Optional<Path> blobs = Optional.ofNullable(values.get("--blobs")).map(Path::of);
    Optional<Bytes32> department =
        Optional.ofNullable(values.get("--department")).map(v -> department(v));
    if (blobs.isPresent() && department.isEmpty()) {
      throw new IllegalArgumentException("--blobs needs --department: whose gateway is it?");
    }
    return new IndexerOptions(
        rpc,
        ws,
        Path.of(required(values, "--contracts")),
        Path.of(required(values, "--data")),
        Path.of(required(values, "--tokens")),
        blobs,
        department,
        values.getOrDefault("--host", "127.0.0.1"),
        (int) number(values, "--port", 8650, 65_535),
        number(values, "--confirmations", 0, 1_000),
        number(values, "--start-block", 0, Long.MAX_VALUE),
        false);
  }

  private static String required(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private static URI uri(String text, String name, String... schemes) {
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": not a URL: " + text);
    }
    if (uri.getScheme() == null || !Set.of(schemes).contains(uri.getScheme())) {
      throw new IllegalArgumentException(
          name + ": expected a " + String.join(" or ", schemes) + " URL, got " + text);
    }
    return uri;
  }

  private static Bytes32 department(String text) {
    try {
      return Departments.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--department: " + e.getMessage());
    }
  }

  private static long number(Map<String, String> values, String name, long fallback, long max) {
    String text = values.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text);
      if (value < 0 || value > max) {
        throw new IllegalArgumentException(name + " must be between 0 and " + max + ": " + text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number: " + text);
    }
  }
}
