package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.events.EventDecodingException;
import cn.yunxi.sdk.events.EventDecodingException.Reason;
import cn.yunxi.sdk.events.EventMeta;
import cn.yunxi.sdk.events.RawLog;
import cn.yunxi.sdk.events.YunxiContract;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes raw logs of the five trusted contracts into event records: match the emitter, then topic
 * 0, then decode topics and data ({@link AbiReader}), accepting only the canonical ABI encoding
 * (what Solidity emits): dirty high bits, trailing bytes and non-zero address padding are refused.
 * Immutable and stateless per call: thread-safe.
 */
public final class LogDecoder {
  private final Map<Address, YunxiContract> contractsByAddress;
  private final EventFactories table = EventFactories.instance();

  public LogDecoder(ContractAddresses contracts) {
    Map<Address, YunxiContract> map = new HashMap<>();
    for (YunxiContract c : YunxiContract.values()) {
      map.put(c.addressIn(contracts), c);
    }
    this.contractsByAddress = Map.copyOf(map);
  }

  public Optional<YunxiContract> contractAt(Address address) {
    return Optional.ofNullable(contractsByAddress.get(address));
  }

  public Optional<YunxiEvent> decode(RawLog log) {
    YunxiContract contract = contractsByAddress.get(log.emitter());
    Optional<Bytes32> topic0 = log.topic0();
    if (contract == null || topic0.isEmpty()) {
      return Optional.empty();
    }
    EventFactories.Entry entry = table.entry(contract, topic0.get());
    if (entry == null) {
      return Optional.empty();
    }
    AbiEvent event = entry.abi();
    EventMeta meta = log.meta();
    List<Bytes32> topics = log.topics();
    if (topics.size() != event.topicCount()) {
      throw new EventDecodingException(
          Reason.WRONG_TOPIC_COUNT,
          event.name(),
          meta,
          event.signature() + " has " + event.topicCount() + " topics, the log " + topics.size(),
          null);
    }
    Object[] values = decodeValues(event, topics, log.data(), meta);
    try {
      return Optional.of(entry.factory().create(meta, new LogValues(event, values)));
    } catch (IllegalArgumentException e) {
      throw new EventDecodingException(
          Reason.VALUE_OUT_OF_RANGE, event.name(), meta, e.getMessage(), e);
    }
  }

  /** Every parameter's value, in declaration order (see {@link AbiReader} for the types). */
  private static Object[] decodeValues(
      AbiEvent event, List<Bytes32> topics, byte[] data, EventMeta meta) {
    Object[] values = new Object[event.params().size()];
    Object[] decoded;
    try {
      decoded = AbiReader.data(event.dataParams(), data);
    } catch (AbiReader.NotCanonicalException e) {
      throw malformed(event, meta, "data is not the canonical encoding: " + e.getMessage(), e);
    }
    int topic = 1;
    int datum = 0;
    for (int i = 0; i < values.length; i++) {
      AbiParam param = event.params().get(i);
      if (!param.indexed()) {
        values[i] = decoded[datum++];
        continue;
      }
      try {
        values[i] = AbiReader.topic(param, topics.get(topic++));
      } catch (AbiReader.NotCanonicalException e) {
        throw malformed(
            event, meta, "topic " + param.name() + " is not a canonical " + param.type(), e);
      }
    }
    return values;
  }

  private static EventDecodingException malformed(
      AbiEvent event, EventMeta meta, String detail, Throwable cause) {
    return new EventDecodingException(Reason.MALFORMED_DATA, event.name(), meta, detail, cause);
  }
}
