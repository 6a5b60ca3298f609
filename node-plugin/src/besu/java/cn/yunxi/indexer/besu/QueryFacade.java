package cn.yunxi.indexer.besu;

import cn.yunxi.sdk.model.Bytes32;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code yunxi_*} JSON-RPC methods ask of the indexer. Results are plain maps and lists of
 * JSON-friendly values (strings, numbers, booleans), because Besu serialises whatever a plugin
 * method returns with its own Jackson; keeping them plain keeps the index's query API, still being
 * designed, out of this adapter.
 */
public interface QueryFacade {

  /** The indexer's progress: checkpoint, node head, lag, queue, errors. */
  Map<String, Object> status();

  /**
   * Every Yunxi event of one case, oldest first.
   *
   * @throws UnsupportedOperationException while the index cannot answer this yet
   */
  List<Map<String, Object>> caseTimeline(Bytes32 caseId);

  /**
   * The evidence deposit whose content has this SHA-256, if indexed.
   *
   * @throws UnsupportedOperationException while the index cannot answer this yet
   */
  Optional<Map<String, Object>> evidenceBySha256(Bytes32 sha256);
}
