package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.NewEvidence;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Anchors evidence in batches for high-volume capture (a PDA photographs hundreds of items a day):
 * items are journaled, then anchored as one Merkle root every {@code maxItems} items or {@code
 * maxDelay}, whichever comes first, with the batch manifest (its leaves, no content) stored as a
 * plain blob and referenced by the anchor.
 *
 * <p>{@link #submit} returns once the item is durably journaled — that is the acknowledgement: a
 * crash after it loses nothing, and the next batcher on the same journal anchors what was left. The
 * future completes only once the root is on chain: nothing is reported anchored before it is.
 */
public interface EvidenceBatcher extends AutoCloseable {
  CompletableFuture<AnchoredItem> submit(NewEvidence item);

  /**
   * Submits many items with one journal commit (a PDA uploading a day's photos): returns once all
   * are durably journaled, one future per item, in order.
   */
  java.util.List<CompletableFuture<AnchoredItem>> submitAll(java.util.List<NewEvidence> items);

  /** The anchored item with this leaf hash, if its batch is on chain (also after a restart). */
  Optional<AnchoredItem> lookup(Bytes32 leafHash);

  /** Anchors what is queued now, without waiting for the batch to fill. */
  void flush();

  /** Items journaled but not yet anchored. */
  int pending();

  /** Stops accepting items; items already journaled stay in the journal for the next batcher. */
  @Override
  void close();
}
