package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.internal.AbiWords;
import cn.yunxi.sdk.model.Bytes32;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One event as a contract's ABI declares it: name, parameters in declaration order, canonical
 * signature and its keccak-256 (topic 0). Built from the ABI file, so nothing is typed by hand.
 */
public final class AbiEvent {
  private final String name;
  private final List<AbiParam> params;
  private final String signature;
  private final Bytes32 topic0;
  private final List<AbiParam> dataParams;
  private final Map<String, Integer> positions = new HashMap<>();

  AbiEvent(String name, List<AbiParam> params) {
    this.name = Objects.requireNonNull(name, "name");
    this.params = List.copyOf(params);
    this.signature =
        name + params.stream().map(AbiParam::type).collect(Collectors.joining(",", "(", ")"));
    this.topic0 = Bytes32.of(AbiWords.keccak256(signature.getBytes(StandardCharsets.US_ASCII)));
    this.dataParams = params.stream().filter(p -> !p.indexed()).toList();
    for (int i = 0; i < params.size(); i++) {
      if (positions.put(params.get(i).name(), i) != null) {
        throw new IllegalStateException(name + " declares " + params.get(i).name() + " twice");
      }
    }
  }

  public String name() {
    return name;
  }

  /** The parameters in declaration order. */
  public List<AbiParam> params() {
    return params;
  }

  /** {@code Name(type1,type2,…)}, the canonical form that is hashed into topic 0. */
  public String signature() {
    return signature;
  }

  public Bytes32 topic0() {
    return topic0;
  }

  /** How many topics a log of this event has: topic 0 plus one per indexed parameter. */
  public int topicCount() {
    return 1 + params.size() - dataParams.size();
  }

  /** The non-indexed parameters, in order: what the log's data encodes. */
  List<AbiParam> dataParams() {
    return dataParams;
  }

  /** The position of the parameter named {@code paramName}, or -1. */
  int positionOf(String paramName) {
    return positions.getOrDefault(paramName, -1);
  }
}
