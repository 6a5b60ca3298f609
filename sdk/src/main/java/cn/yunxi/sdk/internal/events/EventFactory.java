package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.events.EventMeta;
import cn.yunxi.sdk.events.YunxiEvent;

/** Builds one kind of event record from a log's decoded values, reading them by parameter name. */
@FunctionalInterface
interface EventFactory {
  /**
   * @throws IllegalArgumentException when a value is outside what the record allows
   */
  YunxiEvent create(EventMeta meta, LogValues values);
}
