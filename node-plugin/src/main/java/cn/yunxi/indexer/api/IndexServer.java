package cn.yunxi.indexer.api;

import cn.yunxi.indexer.gateway.BlobGateway;
import cn.yunxi.indexer.gateway.GatewaySettings;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.blob.BlobStore;
import cn.yunxi.sdk.events.EventDecoder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The node plugin's HTTP server: the query API, the auditor console's static files under {@code
 * /console/}, the OpenAPI document at {@code /openapi.yml} and — given a blob store — the
 * department's blob gateway. Started in code by the CLI and the tests:
 *
 * <pre>{@code
 * try (IndexServer server = IndexServer.builder()
 *     .index(rocksIndex, decoder)
 *     .tokens(TokenRegistry.load(tokenFile))
 *     .gateway(GatewaySettings.of(chainId, department), blobStore)
 *     .port(0)                       // any free port
 *     .start()) {
 *   URI url = server.url();
 * }
 * }</pre>
 *
 * The server only reads the index; whoever feeds it (the follower, the Besu adapter) keeps doing so
 * meanwhile — every query reads its own snapshot.
 */
public final class IndexServer implements AutoCloseable {
  private final ApplicationContext context;
  private final EmbeddedServer server;
  private final RocksIndex ownedIndex;
  private final URI url;

  private IndexServer(ApplicationContext context, EmbeddedServer server, RocksIndex ownedIndex) {
    this.context = context;
    this.server = server;
    this.ownedIndex = ownedIndex;
    try {
      this.url = server.getURL().toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the server reports a malformed URL", e);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL the server listens on, e.g. {@code http://127.0.0.1:41234}. */
  public URI url() {
    return url;
  }

  /** The index the server opened itself ({@link Builder#indexDirectory}), for a feeder to apply. */
  public RocksIndex ownedIndex() {
    if (ownedIndex == null) {
      throw new IllegalStateException("the server was given its index; it owns none");
    }
    return ownedIndex;
  }

  /** Every route the server answers, as {@code "GET /cases/{caseId}"} (path templates). */
  public List<String> routes() {
    return context
        .getBean(Router.class)
        .uriRoutes()
        .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString())
        .sorted()
        .distinct()
        .toList();
  }

  /** Stops the server and, if it opened the index, closes it. */
  @Override
  public void close() {
    try {
      if (server.isRunning()) {
        server.stop();
      }
    } finally {
      try {
        context.close();
      } finally {
        if (ownedIndex != null) {
          ownedIndex.close();
        }
      }
    }
  }

  /** Configures and starts an {@link IndexServer}. */
  public static final class Builder {
    private IndexQueries queries;
    private RocksIndex ownedIndex;
    private TokenRegistry tokens;
    private NodeHead nodeHead = NodeHead.unknown();
    private GatewaySettings gatewaySettings;
    private BlobStore blobStore;
    private String host = "127.0.0.1";
    private int port = 0;
    private Clock clock = Clock.systemUTC();
    private final Map<String, Object> properties = new HashMap<>();

    private Builder() {}

    /** Serve these queries (an index fed elsewhere). */
    public Builder queries(IndexQueries queries) {
      this.queries = Objects.requireNonNull(queries, "queries");
      return this;
    }

    /** Serve this open index, decoding its events with {@code decoder}. */
    public Builder index(RocksIndex index, EventDecoder decoder) {
      return queries(index.queries(decoder));
    }

    /**
     * Open (or create) the index in {@code directory} and own it: {@link IndexServer#close()}
     * closes it, {@link IndexServer#ownedIndex()} hands it to whoever feeds it.
     */
    public Builder indexDirectory(Path directory, EventDecoder decoder, ManifestSource manifests) {
      this.ownedIndex = RocksIndex.open(directory, manifests);
      return queries(ownedIndex.queries(decoder));
    }

    /** The bearer tokens. */
    public Builder tokens(TokenRegistry tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /** The bearer tokens, from a token file ({@link TokenRegistry#load}). */
    public Builder tokenFile(Path file) throws IOException {
      return tokens(TokenRegistry.load(file));
    }

    /** Where the node is, for the lag in {@code /status}; default unknown. */
    public Builder nodeHead(NodeHead nodeHead) {
      this.nodeHead = Objects.requireNonNull(nodeHead, "nodeHead");
      return this;
    }

    /** Serve the department's blobs from {@code store} as its blob gateway; default no gateway. */
    public Builder gateway(GatewaySettings settings, BlobStore store) {
      this.gatewaySettings = Objects.requireNonNull(settings, "settings");
      this.blobStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The address to bind; default {@code 127.0.0.1}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port " + port);
      }
      this.port = port;
      return this;
    }

    /** The clock of challenge expiry, credential expiry and default ranges; default UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A Micronaut configuration property (TLS, limits …), over the defaults set here. */
    public Builder property(String name, Object value) {
      properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Starts the server; it is listening when this returns. */
    public IndexServer start() {
      if (queries == null) {
        throw new IllegalStateException(
            "an index is required: queries(), index() or indexDirectory()");
      }
      if (tokens == null) {
        closeOwned();
        throw new IllegalStateException("tokens are required: tokens() or tokenFile()");
      }
      Map<String, Object> config = new HashMap<>();
      config.put("micronaut.application.name", "yunxi-index");
      config.put("micronaut.server.host", host);
      config.put("micronaut.server.port", port);
      // The only body the API takes is a challenge request of a few bytes.
      config.put("micronaut.server.max-request-size", 64 * 1024);
      config.put("micronaut.server.netty.max-initial-line-length", 8 * 1024);
      config.put("micronaut.server.netty.max-header-size", 16 * 1024);
      // Queries and blob transfers block (RocksDB, files): a fixed pool bounds the threads a flood
      // of requests can start, where Micronaut's default I/O pool grows without limit.
      config.put("micronaut.executors.io.type", "fixed");
      config.put("micronaut.executors.io.n-threads", 32);
      config.put("micronaut.router.static-resources.console.enabled", true);
      config.put("micronaut.router.static-resources.console.paths", "classpath:console");
      config.put("micronaut.router.static-resources.console.mapping", "/console/**");
      config.putAll(properties);
      ApplicationContext context =
          ApplicationContext.builder()
              .deduceEnvironment(false)
              .banner(false)
              .properties(config)
              .build();
      try {
        context.registerSingleton(IndexQueries.class, queries);
        context.registerSingleton(TokenRegistry.class, tokens);
        context.registerSingleton(NodeHead.class, nodeHead);
        context.registerSingleton(Clock.class, clock);
        if (gatewaySettings != null) {
          context.registerSingleton(
              BlobGateway.class, new BlobGateway(gatewaySettings, blobStore, queries, clock));
        }
        context.start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        return new IndexServer(context, server, ownedIndex);
      } catch (RuntimeException e) {
        context.close();
        closeOwned();
        throw e;
      }
    }

    private void closeOwned() {
      if (ownedIndex != null) {
        ownedIndex.close();
      }
    }
  }
}
