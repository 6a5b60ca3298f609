package cn.yunxi.sdk.internal.anchor;

import cn.yunxi.sdk.blob.BatchManifest;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import java.util.List;

/**
 * Where the batcher writes a batch's manifest — its leaves, no content — stored as a plain blob and
 * referenced by the anchor, so that indexers can index batched items by content hash too. The
 * format itself (and its parser) is the public {@link BatchManifest}; this class only keeps the
 * batcher's entry points to it.
 */
public final class BatchManifestFormat {
  /** The anchor's metadata hash names the manifest format ({@link BatchManifest#METADATA_HASH}). */
  public static final Bytes32 METADATA_HASH = BatchManifest.METADATA_HASH;

  private BatchManifestFormat() {}

  /**
   * The manifest blob of a batch.
   *
   * @throws IllegalArgumentException if {@code root} is not the Merkle root of {@code leaves}
   */
  static byte[] encode(Bytes32 root, List<BatchLeaf> leaves) {
    return new BatchManifest(root, leaves).encode();
  }
}
