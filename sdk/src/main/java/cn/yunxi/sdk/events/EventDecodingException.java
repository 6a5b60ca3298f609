package cn.yunxi.sdk.events;

import cn.yunxi.sdk.YunxiException;
import java.util.Objects;

/**
 * A log from a trusted Yunxi contract, whose topic 0 names a known event, could not be decoded into
 * that event. The contracts never emit such a log: it points at a wrong contract address
 * configuration, a contract upgrade the SDK does not know, or a corrupted log source.
 */
public final class EventDecodingException extends YunxiException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the log. */
  public enum Reason {
    /** The number of topics is not one plus the event's number of indexed parameters. */
    WRONG_TOPIC_COUNT,
    /** The data or an indexed topic is not the canonical ABI encoding of the event's types. */
    MALFORMED_DATA,
    /** A value decodes but is outside what the event allows (e.g. an unknown enum value). */
    VALUE_OUT_OF_RANGE
  }

  private final Reason reason;
  private final String eventName;
  private final transient EventMeta meta;

  public EventDecodingException(
      Reason reason, String eventName, EventMeta meta, String detail, Throwable cause) {
    super(
        "cannot decode "
            + Objects.requireNonNull(eventName, "eventName")
            + " at "
            + Objects.requireNonNull(meta, "meta").position()
            + ": "
            + Objects.requireNonNull(reason, "reason")
            + ": "
            + detail,
        cause);
    this.reason = reason;
    this.eventName = eventName;
    this.meta = meta;
  }

  public Reason reason() {
    return reason;
  }

  /** The event the log's topic 0 names, e.g. {@code EvidenceDeposited}. */
  public String eventName() {
    return eventName;
  }

  /** Where the offending log is. */
  public EventMeta meta() {
    return meta;
  }
}
