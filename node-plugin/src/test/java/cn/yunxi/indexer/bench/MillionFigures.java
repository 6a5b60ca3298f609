package cn.yunxi.indexer.bench;

import cn.yunxi.indexer.api.IndexServer;
import cn.yunxi.indexer.api.TokenRegistry;
import cn.yunxi.indexer.index.EventLogs;
import cn.yunxi.indexer.index.RocksIndex;
import cn.yunxi.sdk.bench.Figure;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.PageQuery;
import cn.yunxi.sdk.model.Bytes32;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The figures on a store of 1,000,000 events: a {@link SyntheticChain} loaded through {@link
 * RocksIndex#apply} ({@link SyntheticStore}), served by an {@link IndexServer} on localhost and
 * asked through the SDK's {@link IndexClient} with the token of the department that owns the case.
 */
final class MillionFigures {
  static final long EVENTS = 1_000_000;
  private static final int SAMPLES = 5_000;
  private static final int WARM_UP = 3_000;

  Figure timeline;
  Figure evidence;

  static MillionFigures measure(Path dir, double logsTimelineP99, double logsSha256P99)
      throws Exception {
    MillionFigures f = new MillionFigures();
    Path store = dir.resolve("index-1m");
    System.err.printf(
        "1M store: a synthetic chain of %,d events (%s) loaded into a fresh RocksIndex through"
            + " RocksIndex.apply, block by block …%n",
        EVENTS,
        "~100 events a case: opened, investigation, 80–99 deposits, 2 custody records, a data"
            + " request created/approved/accepted/fulfilled/confirmed, decided, paid, closed; 500"
            + " cases open at a time, 0–40 events a block; ABI-encoded logs decoded by the SDK");
    try (RocksIndex index = SyntheticStore.open(store)) {
      long started = System.nanoTime();
      SyntheticChain chain = SyntheticStore.load(index, EVENTS);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.err.printf(
          "  loaded %,d events in %,d blocks (%,d cases) in %.1f s (%,.0f events/s); store %,d MB%n",
          chain.events(),
          index.checkpoint().number() + 1,
          chain.cases().size(),
          seconds,
          chain.events() / seconds,
          Dirs.bytes(store) >> 20);

      Settling.await(index, java.time.Duration.ofMinutes(3));

      TokenRegistry.Builder tokens = TokenRegistry.builder();
      Map<Bytes32, String> tokenOf = new HashMap<>();
      for (Bytes32 d : SyntheticChain.DEPARTMENTS) {
        String token = "bench-token-" + d.toAscii().toLowerCase(java.util.Locale.ROOT) + "-0701";
        tokens.department(d.toAscii(), token, d);
        tokenOf.put(d, token);
      }
      try (IndexServer server =
          IndexServer.builder().index(index, EventLogs.DECODER).tokens(tokens.build()).start()) {
        Map<Bytes32, IndexClient> clients = new HashMap<>();
        tokenOf.forEach(
            (d, t) ->
                clients.put(d, IndexClient.builder().endpoint(server.url()).token(t).build()));
        Random random = new Random(1);

        List<SyntheticChain.CaseRef> cases = chain.cases();
        System.err.printf(
            "case_timeline_1m_ms_p99: a random case's whole timeline through the HTTP API (limit"
                + " 500), %,d samples after at least %,d warm-up runs (more until the JIT has"
                + " settled) …%n",
            SAMPLES, WARM_UP);
        long[] events = new long[1];
        long[] timelines = new long[1];
        Latency api =
            Latency.measureSteady(
                "API timeline, 1M store",
                WARM_UP,
                SAMPLES,
                i -> {
                  SyntheticChain.CaseRef c = cases.get(random.nextInt(cases.size()));
                  int n =
                      clients
                          .get(c.department())
                          .caseTimeline(c.caseId(), PageQuery.first(500))
                          .data()
                          .size();
                  if (n == 0) {
                    throw new IllegalStateException("empty timeline");
                  }
                  events[0] += n;
                  timelines[0]++;
                });
        System.err.println(
            api.summary()
                + String.format(
                    ", %.0f events a timeline on average", (double) events[0] / timelines[0]));
        System.err.printf(
            "  baseline: eth_getLogs cannot be asked about 1M synthetic events (no node holds"
                + " them); printed is the 100k node's eth_getLogs timeline p99 (%.2f ms) unscaled —"
                + " an underestimate, since a node's eth_getLogs over the whole chain grows with"
                + " its length%n",
            logsTimelineP99);
        f.timeline = Figure.latency("case_timeline_1m_ms_p99", api.p99(), logsTimelineP99);
        System.out.println(f.timeline.line());

        List<SyntheticChain.ItemRef> items = chain.items();
        System.err.printf(
            "evidence_lookup_ms_p99: items by content hash (GET /evidence?sha256=…) for random"
                + " deposited items, 1M store, %,d samples after at least %,d warm-up runs (more"
                + " until the JIT has settled) …%n",
            SAMPLES, WARM_UP);
        Latency lookup =
            Latency.measureSteady(
                "API evidence by SHA-256, 1M store",
                WARM_UP,
                SAMPLES,
                i -> {
                  SyntheticChain.ItemRef item = items.get(random.nextInt(items.size()));
                  if (clients
                      .get(item.department())
                      .evidenceBySha256(item.sha256(), PageQuery.first(50))
                      .data()
                      .isEmpty()) {
                    throw new IllegalStateException("no item " + item.sha256());
                  }
                });
        System.err.println(lookup.summary());
        System.err.printf(
            "  baseline: likewise the 100k node's eth_getLogs by SHA-256 (topic 3 of"
                + " EvidenceDeposited) p99, %.2f ms, unscaled%n",
            logsSha256P99);
        f.evidence = Figure.latency("evidence_lookup_ms_p99", lookup.p99(), logsSha256P99);
        System.out.println(f.evidence.line());
      }
    } finally {
      Dirs.delete(store);
    }
    return f;
  }
}
