package cn.yunxi.indexer.besu;

import cn.yunxi.indexer.chain.ChainBlock;
import cn.yunxi.indexer.chain.ChainEvent;
import cn.yunxi.sdk.events.EventDecoder;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A canonical block copied out of Besu but not yet decoded: its identity and the logs of the Yunxi
 * contracts. Copying is all the block-import thread does; decoding (and any {@link
 * cn.yunxi.sdk.events.EventDecodingException} it throws) happens on the indexer's own thread.
 *
 * @param number the block number
 * @param hash the block hash
 * @param parentHash the parent's hash
 * @param time the block timestamp
 * @param logs the logs emitted by one of the five contracts, in log-index order
 */
record RawBlock(long number, Bytes32 hash, Bytes32 parentHash, Instant time, List<RawLog> logs) {
  RawBlock {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(parentHash, "parentHash");
    Objects.requireNonNull(time, "time");
    logs = List.copyOf(logs);
  }

  /** The block as the indexer takes it: logs that are not Yunxi events are dropped. */
  ChainBlock decode(EventDecoder decoder) {
    List<ChainEvent> events = new ArrayList<>();
    for (RawLog log : logs) {
      decoder.decode(log).ifPresent(event -> events.add(new ChainEvent(log, event)));
    }
    return new ChainBlock(number, hash, parentHash, time, events);
  }
}
