package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.BlockSink;
import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.chain.NotNextBlockException;
import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.indexer.store.Keys;
import cn.yunxi.indexer.store.RocksStore;
import cn.yunxi.indexer.store.StoreBatch;
import cn.yunxi.indexer.store.TrackedBatch;
import cn.yunxi.indexer.store.UndoLog;
import cn.yunxi.sdk.events.EventDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Yunxi index in RocksDB: a {@link BlockSink} that applies each block in one write batch — the
 * block record, every index entry its events produce, the counters, the new checkpoint and the
 * block's undo record — so that after a crash at any instant the block is wholly applied or not at
 * all, and a reopened index resumes from its checkpoint.
 *
 * <p>Undo: the batch is a {@link TrackedBatch}, which records the prior value (or absence) of every
 * key it writes — the checkpoint and counters included. That list is the block's undo record;
 * {@link #rollback()} writes it back in one batch and deletes it. Records of the newest {@link
 * IndexSettings#undoDepth()} blocks are kept; older ones are deleted in the batch of the block that
 * pushes them out.
 *
 * <p>One writer: {@link #apply} and {@link #rollback} are serialised. Reads ({@link #queries}) run
 * at any time, each on a snapshot.
 */
public final class RocksIndex implements BlockSink, AutoCloseable {
  // 2: events carry their block's hash and time, timelines hold their events, cases their former
  // owners.
  private static final int SCHEMA_VERSION = 2;

  private final RocksStore store;
  private final Projector projector;
  private final int undoDepth;
  private volatile Checkpoint checkpoint;

  private RocksIndex(RocksStore store, ManifestSource manifests, int undoDepth) {
    this.store = store;
    this.projector = new Projector(manifests);
    this.undoDepth = undoDepth;
    this.checkpoint = MetaKeys.checkpoint(store);
  }

  /** Opens (or creates) the index in {@code directory} with {@link IndexSettings#DEFAULTS}. */
  public static RocksIndex open(Path directory, ManifestSource manifests) {
    return open(directory, manifests, IndexSettings.DEFAULTS);
  }

  /**
   * Opens (or creates) the index in {@code directory}.
   *
   * @throws IllegalStateException if the directory holds an index of another schema version
   * @throws cn.yunxi.indexer.store.StoreException if RocksDB cannot open it
   */
  public static RocksIndex open(Path directory, ManifestSource manifests, IndexSettings settings) {
    Objects.requireNonNull(manifests, "manifests");
    Objects.requireNonNull(settings, "settings");
    RocksStore store = RocksStore.open(directory, List.of(IndexColumn.values()), settings.store());
    try {
      checkSchema(store);
      RocksIndex index = new RocksIndex(store, manifests, settings.undoDepth());
      index.pruneUndo();
      return index;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  @Override
  public Checkpoint checkpoint() {
    return checkpoint;
  }

  @Override
  public synchronized void apply(ChainBlock block) {
    Objects.requireNonNull(block, "block");
    Checkpoint current = checkpoint;
    if (!current.isParentOf(block)) {
      throw new NotNextBlockException(current, block);
    }
    try (TrackedBatch batch = store.newTrackedBatch()) {
      byte[] number = Keys.uint64(block.number());
      batch.put(
          IndexColumn.BLOCKS,
          number,
          new BlockRecord(block.hash(), block.parentHash(), block.time(), block.events().size())
              .encode());
      long missing = 0;
      for (ChainEvent event : block.events()) {
        if (projector.project(batch, event, block.time())) {
          missing++;
        }
      }
      MetaKeys.add(batch, MetaKeys.BLOCKS, 1);
      MetaKeys.add(batch, MetaKeys.EVENTS, block.events().size());
      MetaKeys.add(batch, MetaKeys.MANIFESTS_MISSING, missing);
      batch.put(IndexColumn.META, MetaKeys.CHECKPOINT, MetaKeys.encode(block.checkpoint()));
      // The undo record and the pruning of an old one are not themselves undone.
      batch.putUntracked(IndexColumn.UNDO, number, batch.undoLog().encode());
      long expired = block.number() - undoDepth;
      if (expired >= 0) {
        batch.deleteUntracked(IndexColumn.UNDO, Keys.uint64(expired));
      }
      store.write(batch.batch());
    }
    checkpoint = block.checkpoint();
  }

  @Override
  public synchronized Checkpoint rollback() {
    Checkpoint current = checkpoint;
    if (current.number() < 0) {
      throw new IllegalStateException("nothing to roll back: the index is empty");
    }
    byte[] number = Keys.uint64(current.number());
    byte[] undo = store.get(IndexColumn.UNDO, number);
    if (undo == null) {
      throw new IllegalStateException(
          "no undo record for block "
              + current.number()
              + ": the fork is deeper than the "
              + undoDepth
              + " blocks kept; rebuild the index");
    }
    try (StoreBatch batch = store.newBatch()) {
      UndoLog.decode(undo)
          .revertInto(
              batch,
              id ->
                  IndexColumn.byId(id)
                      .orElseThrow(
                          () -> new IllegalStateException("undo record names column " + id)));
      batch.delete(IndexColumn.UNDO, number);
      store.write(batch);
    }
    checkpoint = MetaKeys.checkpoint(store);
    return checkpoint;
  }

  /** Read access: every query runs on its own snapshot. */
  public IndexQueries queries(EventDecoder decoder) {
    return new IndexQueries(store, decoder);
  }

  /** Whether the store is still flushing or compacting in the background. */
  public boolean backgroundWorkPending() {
    return store.backgroundWorkPending();
  }

  /** The undo depth in force. */
  public int undoDepth() {
    return undoDepth;
  }

  @Override
  public void close() {
    store.close();
  }

  private static void checkSchema(RocksStore store) {
    byte[] v = store.get(IndexColumn.META, MetaKeys.SCHEMA);
    if (v == null) {
      try (StoreBatch batch = store.newBatch()) {
        batch.put(
            IndexColumn.META, MetaKeys.SCHEMA, KeyWriter.key().uint32(SCHEMA_VERSION).build());
        store.write(batch);
      }
      return;
    }
    long version = KeyReader.of(v).uint32();
    if (version != SCHEMA_VERSION) {
      throw new IllegalStateException(
          "the index in "
              + store.directory()
              + " has schema "
              + version
              + ", this code reads "
              + SCHEMA_VERSION
              + ": move that directory away (or delete it) and start again, the index is rebuilt"
              + " from the chain");
    }
  }

  /** Deletes undo records beyond the depth, should the index have been kept deeper before. */
  private void pruneUndo() {
    long oldestKept = checkpoint.number() - undoDepth + 1;
    if (oldestKept <= 0) {
      return;
    }
    List<byte[]> stale = new ArrayList<>();
    store.scan(
        IndexColumn.UNDO, new byte[0], Keys.uint64(oldestKept), (key, value) -> stale.add(key));
    if (stale.isEmpty()) {
      return;
    }
    try (StoreBatch batch = store.newBatch()) {
      stale.forEach(key -> batch.delete(IndexColumn.UNDO, key));
      store.write(batch);
    }
  }
}
