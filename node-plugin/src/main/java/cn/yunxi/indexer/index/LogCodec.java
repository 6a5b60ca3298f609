package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.model.Bytes32;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact binary form of a raw log in {@link IndexColumn#EVENTS}. The block number and log
 * index are the key and the block hash is in {@link IndexColumn#BLOCKS}, so only the rest is kept:
 *
 * <pre>
 * version:uint8 (1) ‖ emitter:20 ‖ transactionHash:32 ‖ transactionIndex:uint32 ‖ removed:uint8
 *   ‖ topicCount:uint8 ‖ topics:32·n ‖ data (the rest)
 * </pre>
 *
 * Decoding gives back the very log the node served, so {@code EventDecoder} decodes it again.
 */
final class LogCodec {
  private static final int VERSION = 1;

  private LogCodec() {}

  static byte[] encode(RawLog log) {
    KeyWriter out =
        KeyWriter.key()
            .uint8(VERSION)
            .address(log.emitter())
            .bytes32(log.transactionHash())
            .uint32(log.transactionIndex())
            .bool(log.removed())
            .uint8(log.topics().size());
    log.topics().forEach(out::bytes32);
    return out.raw(log.data()).build();
  }

  static RawLog decode(byte[] encoded, long blockNumber, Bytes32 blockHash, int logIndex) {
    KeyReader in = KeyReader.of(encoded);
    int version = in.uint8();
    if (version != VERSION) {
      throw new IllegalStateException("stored log has unknown version " + version);
    }
    var emitter = in.address();
    Bytes32 tx = in.bytes32();
    int txIndex = (int) in.uint32();
    boolean removed = in.bool();
    int topicCount = in.uint8();
    List<Bytes32> topics = new ArrayList<>(topicCount);
    for (int i = 0; i < topicCount; i++) {
      topics.add(in.bytes32());
    }
    return new RawLog(
        emitter, topics, in.rest(), blockNumber, blockHash, tx, txIndex, logIndex, removed);
  }
}
