package cn.yunxi.indexer.index;

import cn.yunxi.sdk.events.YunxiEvent;
import java.time.Instant;

/**
 * An event as the index stores it, decoded again from its raw log, with the time of its block
 * (which some events do not carry themselves). {@code event.meta()} says where it is.
 *
 * @param event the decoded event
 * @param blockTime the timestamp of the block that holds it
 */
public record IndexedEvent(YunxiEvent event, Instant blockTime) {}
