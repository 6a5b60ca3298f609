package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.StoreSettings;
import java.util.Objects;

/**
 * How the index is kept.
 *
 * @param undoDepth how many of the newest blocks keep an undo record: the deepest reorganisation
 *     the index can follow without re-indexing (QBFT has final blocks; the default is generous for
 *     a development chain or a misconfigured node)
 * @param store how the store writes (see {@link StoreSettings} on durability)
 */
public record IndexSettings(int undoDepth, StoreSettings store) {
  public static final int DEFAULT_UNDO_DEPTH = 1024;

  /** 1024 undo records, WAL without fsync per block. */
  public static final IndexSettings DEFAULTS =
      new IndexSettings(DEFAULT_UNDO_DEPTH, StoreSettings.DEFAULTS);

  /**
   * @throws IllegalArgumentException if {@code undoDepth} is below 1
   */
  public IndexSettings {
    if (undoDepth < 1) {
      throw new IllegalArgumentException("undoDepth must be at least 1, was " + undoDepth);
    }
    Objects.requireNonNull(store, "store");
  }

  public IndexSettings withUndoDepth(int depth) {
    return new IndexSettings(depth, store);
  }
}
