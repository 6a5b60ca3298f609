package cn.yunxi.indexer.index;

import cn.yunxi.indexer.store.KeyReader;
import cn.yunxi.indexer.store.KeyWriter;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;

/** What {@link IndexColumn#BLOCKS} keeps of an applied block. */
record BlockRecord(Bytes32 hash, Bytes32 parentHash, Instant time, long eventCount) {

  byte[] encode() {
    return KeyWriter.key().bytes32(hash).bytes32(parentHash).time(time).uint32(eventCount).build();
  }

  static BlockRecord decode(byte[] encoded) {
    KeyReader in = KeyReader.of(encoded);
    BlockRecord r = new BlockRecord(in.bytes32(), in.bytes32(), in.time(), in.uint32());
    in.end();
    return r;
  }
}
