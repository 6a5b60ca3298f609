package cn.yunxi.indexer.besu;

import cn.yunxi.indexer.follow.ChainSync;
import cn.yunxi.indexer.index.ManifestSource;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.model.Address;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hyperledger.besu.plugin.BesuPlugin;
import org.hyperledger.besu.plugin.ServiceManager;
import org.hyperledger.besu.plugin.services.BesuConfiguration;
import org.hyperledger.besu.plugin.services.BesuEvents;
import org.hyperledger.besu.plugin.services.BesuService;
import org.hyperledger.besu.plugin.services.BlockchainService;
import org.hyperledger.besu.plugin.services.PicoCLIOptions;
import org.hyperledger.besu.plugin.services.RpcEndpointService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Yunxi indexer inside a Besu node: Besu finds it in its {@code plugins/} directory
 * through {@link java.util.ServiceLoader}. A thin lifecycle adapter: the indexing itself is {@link
 * ChainSync} and {@link RocksIndex}, shared with the JSON-RPC follower; this class wires them to
 * Besu's services.
 *
 * <ul>
 *   <li>{@link #register}: {@code --plugin-yunxi-*} options and the {@code yunxi_*} RPC methods
 *       (Besu accepts both only now).
 *   <li>{@link #start}: opens the index, subscribes to added blocks, starts the worker, whose first
 *       pass catches up from the index's checkpoint.
 *   <li>{@link #stop}: unsubscribes, stops the worker, closes the index.
 * </ul>
 */
public final class YunxiBesuPlugin implements BesuPlugin {
  private static final Logger LOG = LoggerFactory.getLogger(YunxiBesuPlugin.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final YunxiOptions options = new YunxiOptions();
  private ServiceManager services;

  // Read by RPC threads; null whenever the indexer is not running.
  private volatile QueryFacade queries;

  private BesuEvents events;
  private long listenerId;
  private IndexWorker worker;
  private RocksIndex index;

  /** For {@link java.util.ServiceLoader}. */
  public YunxiBesuPlugin() {}

  @Override
  public String getName() {
    return "yunxi";
  }

  @Override
  public void register(ServiceManager context) {
    services = context;
    require(PicoCLIOptions.class).addPicoCLIOptions(YunxiOptions.NAMESPACE, options);
    context
        .getService(RpcEndpointService.class)
        .ifPresentOrElse(
            rpc -> new YunxiRpcMethods(() -> queries).registerWith(rpc),
            () -> LOG.warn("Besu offers no RpcEndpointService: no yunxi_* methods"));
  }

  @Override
  public synchronized void start() {
    if (!options.enabled()) {
      LOG.info("Yunxi indexer is off (--plugin-yunxi-enabled=false)");
      return;
    }
    options.validate();
    ContractAddresses contracts = ContractsOption.parse(options.contracts().orElseThrow());
    BlockchainService chain = require(BlockchainService.class);
    BesuEvents besuEvents = require(BesuEvents.class);
    Path dir =
        options
            .dataPath()
            .orElseGet(() -> require(BesuConfiguration.class).getDataPath().resolve("yunxi-index"));
    if (options.httpPort() != 0) {
      LOG.warn("--plugin-yunxi-http-port: the HTTP query API is not part of this version");
    }

    EventDecoder decoder = EventDecoder.of(contracts);
    BlockConverter converter = new BlockConverter(contracts);
    index = open(dir);
    try {
      BlockFeed feed = new BlockFeed(options.queueCapacity(), converter);
      ChainSync sync =
          ChainSync.builder(new BesuChainReader(chain, converter, decoder), index).build();
      worker = new IndexWorker(feed, sync, index, decoder);
      // Subscribe before the catch-up rather than after it: a block imported in between is then
      // queued (or raises a resync) instead of being missed. The catch-up itself runs on the
      // worker, since start() runs before Besu's main loop and must not hold the node up.
      listenerId = besuEvents.addBlockAddedListener(feed);
      events = besuEvents;
      worker.start();
      queries =
          new IndexQueryFacade(
              worker::status,
              () -> chain.getChainHeadHeader().getNumber(),
              Map.of(
                  "dataPath",
                  dir.toString(),
                  "contracts",
                  contracts.all().stream().map(Address::toHex).toList()),
              index.queries(decoder));
      LOG.info("Yunxi indexer started: index {}, contracts {}", dir, contracts.all());
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  @Override
  public synchronized void stop() {
    queries = null;
    if (events != null) {
      events.removeBlockAddedListener(listenerId);
      events = null;
    }
    boolean workerEnded = true;
    if (worker != null) {
      try {
        workerEnded = worker.stop(STOP_TIMEOUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        workerEnded = false;
      }
      worker = null;
    }
    if (index != null) {
      if (workerEnded) {
        index.close();
      } else {
        // Closing RocksDB under a running write would crash the JVM; the process is ending anyway.
        LOG.error("Yunxi indexer worker did not stop within {}; index left open", STOP_TIMEOUT);
      }
      index = null;
    }
  }

  private static RocksIndex open(Path dir) {
    // No blob store inside the node: batch manifests are indexed by a standalone indexer that has
    // the department's blobs; here batches are indexed without their items (and counted).
    return RocksIndex.open(dir, ManifestSource.none());
  }

  private <T extends BesuService> T require(Class<T> type) {
    return services
        .getService(type)
        .orElseThrow(
            () -> new IllegalStateException("Besu offers no " + type.getSimpleName() + " service"));
  }
}
