package cn.yunxi.indexer.index;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.indexer.store.StoreReader;
import cn.yunxi.indexer.store.TrackedBatch;
import java.nio.charset.StandardCharsets;

/**
 * The entries of {@link IndexColumn#META}: the checkpoint and the counters, written in the block
 * batches (so the undo log restores them), and the schema version, written once at creation.
 */
final class MetaKeys {
  static final byte[] SCHEMA = ascii("schema");
  static final byte[] CHECKPOINT = ascii("checkpoint");
  static final byte[] BLOCKS = ascii("count/blocks");
  static final byte[] EVENTS = ascii("count/events");
  static final byte[] MANIFESTS_MISSING = ascii("count/manifests-missing");

  private MetaKeys() {}

  static Checkpoint checkpoint(StoreReader store) {
    byte[] v = store.get(IndexColumn.META, CHECKPOINT);
    if (v == null) {
      return Checkpoint.BEFORE_GENESIS;
    }
    KeyReader in = KeyReader.of(v);
    return new Checkpoint(in.uint64(), in.bytes32());
  }

  static byte[] encode(Checkpoint checkpoint) {
    return KeyWriter.key().uint64(checkpoint.number()).bytes32(checkpoint.hash()).build();
  }

  static long counter(StoreReader store, byte[] key) {
    byte[] v = store.get(IndexColumn.META, key);
    return v == null ? 0 : KeyReader.of(v).uint64();
  }

  /** Adds {@code delta} to a counter inside the block's batch. */
  static void add(TrackedBatch batch, byte[] key, long delta) {
    if (delta == 0) {
      return;
    }
    byte[] v = batch.get(IndexColumn.META, key);
    long current = v == null ? 0 : KeyReader.of(v).uint64();
    batch.put(IndexColumn.META, key, KeyWriter.key().uint64(current + delta).build());
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
