package cn.yunxi.indexer.follow;

import cn.yunxi.indexer.chain.BlockSink;
import cn.yunxi.sdk.ContractAddresses;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A node's JSON-RPC endpoint followed into a {@link BlockSink}: an {@link RpcChainReader}, a {@link
 * ChainSync} and a {@link HeadWatcher} (WebSocket {@code newHeads} on the same host and port by
 * default, polling as well) wired together.
 */
public final class RpcFollower implements AutoCloseable {
  private final RpcChainReader reader;
  private final ChainSync sync;
  private final HeadWatcher watcher;

  private RpcFollower(Builder b) {
    this.reader = RpcChainReader.builder(b.endpoint, b.contracts).build();
    this.sync =
        ChainSync.builder(reader, b.sink)
            .confirmations(b.confirmations)
            .startBlock(b.startBlock)
            .rangePolicy(b.policy != null ? b.policy : new RangePolicy())
            .build();
    HeadWatcher.Builder w =
        HeadWatcher.builder(reader::headNumber, sync::wake).pollInterval(b.pollInterval);
    if (b.webSocket != null) {
      w.webSocket(b.webSocket);
    }
    this.watcher = w.build();
  }

  /** Follows the node at {@code endpoint} (http or https) for these contracts into {@code sink}. */
  public static Builder builder(URI endpoint, ContractAddresses contracts, BlockSink sink) {
    return new Builder(endpoint, contracts, sink);
  }

  /** Settings of an {@link RpcFollower}. */
  public static final class Builder {
    private final URI endpoint;
    private final ContractAddresses contracts;
    private final BlockSink sink;
    private URI webSocket;
    private long confirmations;
    private long startBlock;
    private Duration pollInterval = Duration.ofSeconds(1);
    private RangePolicy policy;

    private Builder(URI endpoint, ContractAddresses contracts, BlockSink sink) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      this.contracts = Objects.requireNonNull(contracts, "contracts");
      this.sink = Objects.requireNonNull(sink, "sink");
      this.webSocket = HeadWatcher.webSocketOf(endpoint);
    }

    /** The WebSocket endpoint for {@code newHeads} (default: the HTTP one as ws://). */
    public Builder webSocket(URI uri) {
      this.webSocket = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /** No WebSocket: poll the head only. */
    public Builder pollOnly() {
      this.webSocket = null;
      return this;
    }

    /** See {@link HeadWatcher.Builder#pollInterval}. */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** See {@link ChainSync.Builder#confirmations}. */
    public Builder confirmations(long blocks) {
      this.confirmations = blocks;
      return this;
    }

    /** See {@link ChainSync.Builder#startBlock}. */
    public Builder startBlock(long block) {
      this.startBlock = block;
      return this;
    }

    /** See {@link ChainSync.Builder#rangePolicy}. */
    public Builder rangePolicy(RangePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    public RpcFollower build() {
      return new RpcFollower(this);
    }
  }

  /** Starts the sync loop and the head watcher. */
  public void start() {
    sync.start();
    watcher.start();
  }

  public RpcChainReader reader() {
    return reader;
  }

  public ChainSync sync() {
    return sync;
  }

  public HeadWatcher watcher() {
    return watcher;
  }

  /** Stops watching and syncing. */
  @Override
  public void close() {
    watcher.close();
    sync.stop();
  }
}
