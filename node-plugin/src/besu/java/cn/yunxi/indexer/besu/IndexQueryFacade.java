package cn.yunxi.indexer.besu;

import cn.yunxi.indexer.api.Views;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.PageRequest;
import cn.yunxi.sdk.index.IndexJson;
import cn.yunxi.sdk.model.Bytes32;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the plugin's {@code yunxi_*} methods answer: {@link #status()} from the worker and the
 * node's head; look-ups from the index's queries, as the same views the HTTP API returns (turned
 * into maps for Besu's JSON-RPC serialiser).
 */
final class IndexQueryFacade implements QueryFacade {
  private final Supplier<IndexWorker.WorkerStatus> worker;
  private final LongSupplier headNumber;
  private final Map<String, Object> settings;
  private final IndexQueries queries;

  IndexQueryFacade(
      Supplier<IndexWorker.WorkerStatus> worker,
      LongSupplier headNumber,
      Map<String, Object> settings,
      IndexQueries queries) {
    this.worker = worker;
    this.headNumber = headNumber;
    this.settings = Map.copyOf(settings);
    this.queries = queries;
  }

  @Override
  public Map<String, Object> status() {
    IndexWorker.WorkerStatus w = worker.get();
    long head = headNumber.getAsLong();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("running", w.running());
    out.put("checkpointNumber", w.checkpoint().number());
    out.put("checkpointHash", w.checkpoint().hash().toHex());
    out.put("headNumber", head);
    out.put("lag", Math.max(0, head - w.checkpoint().number()));
    out.put("blocksApplied", w.blocksApplied());
    out.put("resyncs", w.resyncs());
    out.put("queued", w.queued());
    out.put("queueOverflows", w.overflows());
    out.put("lastError", w.lastError());
    out.put("lastErrorAt", w.lastErrorAt() == null ? null : w.lastErrorAt().toString());
    out.putAll(settings);
    return out;
  }

  @Override
  public List<Map<String, Object>> caseTimeline(Bytes32 caseId) {
    // One page (the largest): a case's timeline is tens of events; the HTTP API pages further.
    return queries.caseTimeline(caseId, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
        .map(e -> asMap(Views.of(e)))
        .toList();
  }

  @Override
  public Optional<Map<String, Object>> evidenceBySha256(Bytes32 sha256) {
    return queries.evidenceBySha256(sha256, PageRequest.first(1)).items().stream()
        .findFirst()
        .map(e -> asMap(Views.of(e)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object view) {
    return IndexJson.mapper().convertValue(view, Map.class);
  }
}
