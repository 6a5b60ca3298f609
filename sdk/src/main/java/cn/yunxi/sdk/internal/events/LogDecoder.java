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
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * Decodes raw logs of the five trusted contracts into event records: match the emitter, then topic
 * 0, then decode topics and data with web3j and accept them only if they are the canonical ABI
 * encoding (what Solidity emits) — web3j alone silently ignores dirty high bits, trailing bytes and
 * non-zero address padding. Immutable and stateless per call: thread-safe.
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
    Type<?>[] values = decodeValues(event, topics, log.data(), meta);
    try {
      return Optional.of(entry.factory().create(meta, new LogValues(event, values)));
    } catch (IllegalArgumentException e) {
      throw new EventDecodingException(
          Reason.VALUE_OUT_OF_RANGE, event.name(), meta, e.getMessage(), e);
    }
  }

  /** Every parameter's value, in declaration order. */
  private static Type<?>[] decodeValues(
      AbiEvent event, List<Bytes32> topics, byte[] data, EventMeta meta) {
    String dataHex = Numeric.toHexStringNoPrefix(data);
    List<Type> decoded;
    try {
      decoded = FunctionReturnDecoder.decode(dataHex, event.dataTypes());
    } catch (RuntimeException e) {
      // web3j reports bad input with whatever runtime exception its parser hits.
      throw malformed(event, meta, "data does not decode as " + event.signature(), e);
    }
    if (decoded.size() != event.dataTypes().size()) {
      throw malformed(event, meta, "data holds " + data.length + " bytes", null);
    }
    if (!FunctionEncoder.encodeConstructor(decoded).equals(dataHex)) {
      throw malformed(event, meta, "data is not the canonical encoding", null);
    }
    Type<?>[] values = new Type<?>[event.params().size()];
    int topic = 1;
    int datum = 0;
    for (int i = 0; i < values.length; i++) {
      AbiParam param = event.params().get(i);
      values[i] =
          param.indexed()
              ? decodeTopic(event, param, topics.get(topic++), meta)
              : decoded.get(datum++);
    }
    return values;
  }

  private static Type<?> decodeTopic(
      AbiEvent event, AbiParam param, Bytes32 topic, EventMeta meta) {
    String hex = Numeric.toHexStringNoPrefix(topic.toByteArray());
    Type<?> value;
    try {
      value = FunctionReturnDecoder.decodeIndexedValue(hex, param.typeReference());
    } catch (RuntimeException e) {
      throw malformed(event, meta, "topic " + param.name() + " does not decode", e);
    }
    if (!TypeEncoder.encode(value).equals(hex)) {
      throw malformed(
          event, meta, "topic " + param.name() + " is not a canonical " + param.type(), null);
    }
    return value;
  }

  private static EventDecodingException malformed(
      AbiEvent event, EventMeta meta, String detail, Throwable cause) {
    return new EventDecodingException(Reason.MALFORMED_DATA, event.name(), meta, detail, cause);
  }
}
