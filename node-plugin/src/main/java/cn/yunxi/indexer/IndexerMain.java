package cn.yunxi.indexer;

import cn.yunxi.indexer.api.IndexServer;
import cn.yunxi.indexer.follow.RpcFollower;
import cn.yunxi.indexer.follow.SyncStatus;
import cn.yunxi.indexer.gateway.GatewaySettings;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.BlobStore;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;

/**
 * The indexer as a process: follows a node over JSON-RPC into a RocksDB index and serves the query
 * API, the auditor console and (with {@code --blobs}) the department's blob gateway, until stopped.
 * See {@link IndexerOptions} for the options; {@code --help} prints them.
 */
public final class IndexerMain {
  private IndexerMain() {}

  public static void main(String[] args) throws Exception {
    IndexerOptions options;
    try {
      options = IndexerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("yunxi indexer: " + e.getMessage());
      System.err.println(IndexerOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(IndexerOptions.USAGE);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (Running running = start(options, System.out)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "yunxi-indexer-stop"));
      stopped.await();
    }
  }

  /** Opens the index, starts the follower and the server; close the result to stop all three. */
  public static Running start(IndexerOptions options, PrintStream out) throws IOException {
    ContractAddresses contracts = ContractsFile.read(options.contracts());
    EventDecoder decoder = EventDecoder.of(contracts);
    Optional<BlobStore> blobs = options.blobs().map(LocalBlobStore::open);
    ManifestSource manifests = blobs.map(IndexerMain::manifestsIn).orElse(ManifestSource.none());
    RocksIndex index = RocksIndex.open(options.data(), manifests);
    RpcFollower follower = null;
    try {
      RpcFollower.Builder followerSettings =
          RpcFollower.builder(options.rpc(), contracts, index)
              .confirmations(options.confirmations())
              .startBlock(options.startBlock());
      options.webSocket().ifPresent(followerSettings::webSocket);
      follower = followerSettings.build();
      RpcFollower feeding = follower;
      IndexServer.Builder server =
          IndexServer.builder()
              .index(index, decoder)
              .tokenFile(options.tokens())
              .nodeHead(() -> headOf(feeding.sync().status()))
              .host(options.host())
              .port(options.port());
      if (blobs.isPresent()) {
        long chainId = NodeChainId.of(options.rpc());
        Bytes32 department = options.department().orElseThrow();
        server.gateway(GatewaySettings.of(chainId, department), blobs.get());
      }
      follower.start();
      IndexServer started = server.start();
      out.println("yunxi indexer: following " + options.rpc() + " into " + options.data());
      out.println("  API:     " + started.url());
      out.println("  console: " + started.url().resolve("/console/"));
      blobs.ifPresent(b -> out.println("  gateway: " + started.url().resolve("/blobs/")));
      return new Running(index, follower, started);
    } catch (IOException | RuntimeException e) {
      if (follower != null) {
        follower.close();
      }
      index.close();
      throw e;
    }
  }

  private static OptionalLong headOf(SyncStatus status) {
    return status.head() < 0 ? OptionalLong.empty() : OptionalLong.of(status.head());
  }

  /** Batch manifests are plain blobs of the department's own store. */
  private static ManifestSource manifestsIn(BlobStore store) {
    return ref -> {
      BlobRef blob = BlobRef.fromBytes32(ref);
      if (!store.contains(blob)) {
        return Optional.empty();
      }
      try (InputStream in = store.open(blob)) {
        return Optional.of(in.readAllBytes());
      } catch (IOException | RuntimeException unreadable) {
        // Counted as missing by the index; indexing never stops for a manifest.
        return Optional.empty();
      }
    };
  }

  /** A running indexer; closing stops the server, then the follower, then closes the index. */
  public record Running(RocksIndex index, RpcFollower follower, IndexServer server)
      implements AutoCloseable {
    /** The base URL of the API. */
    public URI url() {
      return server.url();
    }

    @Override
    public void close() {
      try {
        server.close();
      } finally {
        try {
          follower.close();
        } finally {
          index.close();
        }
      }
    }
  }
}
