package cn.yunxi.indexer.bench;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.indexer.api.IndexServer;
import cn.yunxi.indexer.api.TokenRegistry;
import cn.yunxi.indexer.follow.RangePolicy;
import cn.yunxi.indexer.follow.RpcFollower;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.bench.Figure;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.index.EventView;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.PageQuery;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The figures measured on one fresh Anvil holding 100,000 real contract events: backfill, the case
 * timeline through the HTTP API against {@code eth_getLogs}, and the live lag with a WebSocket
 * follower against a 1 s polling one. Also keeps the node's {@code eth_getLogs} p99s, the baselines
 * of the 1M-event figures.
 */
final class ChainFigures {
  static final int CASES = 1_000;
  static final int EVENTS = 100_000;
  static final int PER_BLOCK = 100;
  static final String TOKEN = "bench-enforcement-token-0701";

  private static final int TIMELINE_SAMPLES = 5_000;
  private static final int TIMELINE_WARM_UP = 3_000;
  private static final int LOGS_SAMPLES = 200;
  private static final int LIVE_SAMPLES = 200;
  private static final int POLLING_SAMPLES = 80;

  Figure backfill;
  Figure timeline;
  Figure liveLag;
  double logsTimelineP99;
  double logsSha256P99;

  static ChainFigures measure(Path dir) throws Exception {
    ChainFigures f = new ChainFigures();
    try (BenchChain chain = BenchChain.start()) {
      System.err.printf(
          "backfill: generating %,d contract events on a fresh Anvil: %,d cases opened, then %,d"
              + " deposits round-robin over them (%d per case, so each timeline spans the whole"
              + " chain), %d transactions per block (BulkDeposits' \"busy QBFT chain\"), officer"
              + " impersonated …%n",
          EVENTS, CASES, EVENTS - CASES, (EVENTS - CASES) / CASES, PER_BLOCK);
      long started = System.nanoTime();
      chain.fill(CASES, EVENTS - CASES, PER_BLOCK);
      long head = chain.head();
      System.err.printf(
          "  made in %.1f s; head %,d (the rest of the events: the consortium's bootstrap)%n",
          (System.nanoTime() - started) / 1e9, head);

      try (RocksIndex index =
          RocksIndex.open(dir.resolve("index-100k"), ref -> java.util.Optional.empty())) {
        System.err.println(
            "backfill_events_per_s: RpcChainReader + ChainSync from block 0 into a fresh RocksIndex …");
        double yunxi = Backfill.follower(chain, index, head);
        System.err.println(
            "  baseline: a naive indexer on the same node into another fresh RocksIndex — per block,"
                + " one at a time, eth_getBlockByNumber then eth_getLogs (web3j), decode, apply —"
                + " over the whole chain (no extrapolation needed) …");
        double naive = Backfill.naive(chain, dir.resolve("index-naive"), head);
        Dirs.delete(dir.resolve("index-naive"));
        f.backfill = Figure.rate("backfill_events_per_s", yunxi, naive);
        System.out.println(f.backfill.line());

        EventDecoder decoder = EventDecoder.of(chain.addresses);
        TokenRegistry tokens =
            TokenRegistry.builder()
                .department("enforcement", TOKEN, Bytes32.of(DevConsortium.ENFORCEMENT))
                .build();
        try (IndexServer server =
            IndexServer.builder().index(index, decoder).tokens(tokens).start()) {
          IndexClient client = IndexClient.builder().endpoint(server.url()).token(TOKEN).build();
          Settling.await(index, Duration.ofMinutes(2));
          f.timeline(chain, client);
          f.liveLag(chain, index, client);
        }
      }
    }
    return f;
  }

  private void timeline(BenchChain chain, IndexClient client) throws Exception {
    LogsBaseline logs = new LogsBaseline(chain.rpc, chain.addresses);
    List<Bytes32> cases = chain.cases;
    // The two must give the same events.
    for (int i = 0; i < 3; i++) {
      Bytes32 c = cases.get(i * 331);
      List<EventView> api = client.caseTimeline(c, PageQuery.first(500)).data();
      int fromLogs = logs.caseTimeline(c).size();
      if (api.size() != fromLogs || api.isEmpty()) {
        throw new IllegalStateException(
            "timeline of " + c + ": API " + api.size() + " events, eth_getLogs " + fromLogs);
      }
    }
    System.err.printf(
        "case_timeline_ms_p99: a random case's whole timeline (%d events) through the HTTP API"
            + " (IndexServer on localhost, SDK IndexClient, department token), %,d samples after"
            + " at least %,d warm-up runs (more until the JIT has settled) …%n",
        1 + (EVENTS - CASES) / CASES, TIMELINE_SAMPLES, TIMELINE_WARM_UP);
    Random random = new Random(7);
    Latency api =
        Latency.measureSteady(
            "API timeline",
            TIMELINE_WARM_UP,
            TIMELINE_SAMPLES,
            i -> {
              var page =
                  client.caseTimeline(
                      cases.get(random.nextInt(cases.size())), PageQuery.first(500));
              if (page.data().isEmpty()) {
                throw new IllegalStateException("empty timeline");
              }
            });
    System.err.println(api.summary());
    System.err.printf(
        "  baseline: the same events from the node alone — one HTTP request holding a JSON-RPC"
            + " batch of two topic-filtered eth_getLogs over the whole chain (case id as topic 1:"
            + " case events; as topic 2: evidence, custody, request, letter events), decoded with"
            + " the SDK; block times not fetched. %d samples after 20 warm-up (it is slow) …%n",
        LOGS_SAMPLES);
    Latency node =
        Latency.measure(
            "eth_getLogs timeline",
            20,
            LOGS_SAMPLES,
            i -> logs.caseTimeline(cases.get(random.nextInt(cases.size()))));
    System.err.println(node.summary());
    timeline = Figure.latency("case_timeline_ms_p99", api.p99(), node.p99());
    System.out.println(timeline.line());
    logsTimelineP99 = node.p99();

    Latency sha =
        Latency.measure(
            "eth_getLogs by SHA-256 (for evidence_lookup_ms_p99)",
            20,
            LOGS_SAMPLES,
            i -> {
              int c = random.nextInt(CASES);
              int serial = random.nextInt((EVENTS - CASES) / CASES);
              NewEvidence item = BenchChain.item(cases.get(c), c, serial * CASES + c);
              if (logs.evidenceBySha256(item.contentSha256()).size() != 1) {
                throw new IllegalStateException("no deposit of " + item.contentSha256());
              }
            });
    System.err.println(sha.summary());
    logsSha256P99 = sha.p99();
  }

  private void liveLag(BenchChain chain, RocksIndex index, IndexClient client) throws Exception {
    System.err.printf(
        "live_lag_ms_p99: RpcFollower (WebSocket newHeads) on the 100k index; per sample one"
            + " deposit sent, the block mined (evm_mine), then the API polled every ~1 ms until the"
            + " evidence is there; lag from evm_mine's return to the first answer holding it. %d"
            + " samples after 20 warm-up …%n",
        LIVE_SAMPLES);
    Latency ws;
    try (RpcFollower follower = RpcFollower.builder(chain.http(), chain.addresses, index).build()) {
      follower.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!follower.watcher().subscribed() && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
      }
      if (!follower.watcher().subscribed()) {
        throw new IllegalStateException("no newHeads subscription");
      }
      follower.sync().awaitCaughtUp(chain.head(), Duration.ofSeconds(30));
      ws = Latency.collect("WebSocket follower", 20, LIVE_SAMPLES, i -> lag(chain, client));
    }
    System.err.println(ws.summary());
    System.err.printf(
        "  baseline: the same with a plain polling indexer — RpcFollower without WebSocket,"
            + " polling the head every 1 s (HeadWatcher's default interval); each sample starts"
            + " at a random moment of the poll cycle (a 0–1 s pause first, not timed). %d"
            + " samples …%n",
        POLLING_SAMPLES);
    Latency polling;
    Random random = new Random(11);
    try (RpcFollower follower =
        RpcFollower.builder(chain.http(), chain.addresses, index)
            .pollOnly()
            .pollInterval(Duration.ofSeconds(1))
            .rangePolicy(new RangePolicy())
            .build()) {
      follower.start();
      follower.sync().awaitCaughtUp(chain.head(), Duration.ofSeconds(30));
      polling =
          Latency.collect(
              "1 s polling follower",
              2,
              POLLING_SAMPLES,
              i -> {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(1000)));
                return lag(chain, client);
              });
    }
    System.err.println(polling.summary());
    liveLag = Figure.latency("live_lag_ms_p99", ws.p99(), polling.p99());
    System.out.println(liveLag.line());
  }

  private int liveSerial;

  /**
   * Sends a new deposit, mines its block, then polls the API (~1 ms apart) until the item is there;
   * answers the nanoseconds from {@code evm_mine}'s return to that answer.
   */
  private long lag(BenchChain chain, IndexClient client) {
    int c = liveSerial % CASES;
    NewEvidence item = BenchChain.item(chain.cases.get(c), c, 1_000_000 + liveSerial++);
    chain.send(item);
    chain.mine();
    long mined = System.nanoTime();
    long deadline = mined + TimeUnit.SECONDS.toNanos(30);
    while (client.evidenceBySha256(item.contentSha256(), PageQuery.first(10)).data().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the deposit did not show within 30 s");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    return System.nanoTime() - mined;
  }
}
