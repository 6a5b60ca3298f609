package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact binary form of a raw log in {@link IndexColumn#EVENTS} (and, copied, in {@link
 * IndexColumn#CASE_TIMELINE}). The block number and log index are the key; the rest is kept, with
 * the block's hash and time so that reading an event needs no second read of its block:
 *
 * <pre>
 * version:uint8 (2) ‖ blockHash:32 ‖ blockTime:time ‖ emitter:20 ‖ transactionHash:32
 *   ‖ transactionIndex:uint32 ‖ removed:uint8 ‖ topicCount:uint8 ‖ topics:32·n ‖ data (the rest)
 * </pre>
 *
 * Decoding gives back the very log the node served, so {@code EventDecoder} decodes it again.
 */
final class LogCodec {
  private static final int VERSION = 2;

  /** A stored log and the time of its block. */
  record StoredLog(RawLog log, Instant blockTime) {}

  private LogCodec() {}

  static byte[] encode(RawLog log, Instant blockTime) {
    KeyWriter out =
        KeyWriter.key()
            .uint8(VERSION)
            .bytes32(log.blockHash())
            .time(blockTime)
            .address(log.emitter())
            .bytes32(log.transactionHash())
            .uint32(log.transactionIndex())
            .bool(log.removed())
            .uint8(log.topics().size());
    log.topics().forEach(out::bytes32);
    return out.raw(log.data()).build();
  }

  static StoredLog decode(byte[] encoded, long blockNumber, int logIndex) {
    KeyReader in = KeyReader.of(encoded);
    int version = in.uint8();
    if (version != VERSION) {
      throw new IllegalStateException("stored log has unknown version " + version);
    }
    Bytes32 blockHash = in.bytes32();
    Instant blockTime = in.time();
    var emitter = in.address();
    Bytes32 tx = in.bytes32();
    int txIndex = (int) in.uint32();
    boolean removed = in.bool();
    int topicCount = in.uint8();
    List<Bytes32> topics = new ArrayList<>(topicCount);
    for (int i = 0; i < topicCount; i++) {
      topics.add(in.bytes32());
    }
    RawLog log =
        new RawLog(
            emitter, topics, in.rest(), blockNumber, blockHash, tx, txIndex, logIndex, removed);
    return new StoredLog(log, blockTime);
  }
}
