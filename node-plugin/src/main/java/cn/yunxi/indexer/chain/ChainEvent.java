package cn.yunxi.indexer.chain;

import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.events.YunxiEvent;
import java.util.Objects;

/**
 * One Yunxi event as the indexer receives it: the log exactly as the node gave it (what the store
 * keeps, so that it can be decoded again and proven) and its decoded form (what the indexes are
 * built from).
 *
 * @param log the raw log
 * @param event the log decoded by the SDK's {@link cn.yunxi.sdk.events.EventDecoder}
 */
public record ChainEvent(RawLog log, YunxiEvent event) {
  public ChainEvent {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(event, "event");
  }
}
