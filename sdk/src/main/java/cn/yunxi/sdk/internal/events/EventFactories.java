package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.events.EventType;
import cn.yunxi.sdk.events.YunxiContract;
import cn.yunxi.sdk.events.YunxiEvent;
import cn.yunxi.sdk.model.Bytes32;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decoding table: for each contract, every event its ABI declares paired with the record it
 * becomes. Built once; immutable afterwards, hence safe to share between threads.
 */
public final class EventFactories {
  /**
   * Events an ABI declares that the contracts never emit. {@code EIP712DomainChanged} comes from
   * OpenZeppelin's {@code IERC5267}, which {@code EIP712} implements; only a contract whose domain
   * can change emits it, and ours have immutable domains.
   */
  public static final Set<String> NEVER_EMITTED = Set.of("EIP712DomainChanged");

  private static final EventFactories INSTANCE = build();

  /** One decodable event: its ABI form, its public description and its factory. */
  record Entry(AbiEvent abi, EventType type, EventFactory factory) {}

  private final Map<YunxiContract, Map<Bytes32, Entry>> byTopic;
  private final Map<YunxiContract, List<EventType>> types;

  private EventFactories(
      Map<YunxiContract, Map<Bytes32, Entry>> byTopic, Map<YunxiContract, List<EventType>> types) {
    this.byTopic = byTopic;
    this.types = types;
  }

  public static EventFactories instance() {
    return INSTANCE;
  }

  /** The event {@code contract} emits with this topic 0, or null. */
  Entry entry(YunxiContract contract, Bytes32 topic0) {
    return byTopic.get(contract).get(topic0);
  }

  /** The events of {@code contract} the decoder turns into records, in ABI order. */
  public List<EventType> types(YunxiContract contract) {
    return types.get(contract);
  }

  private static EventFactories build() {
    Builder builder = new Builder();
    ConsortiumFactories.addTo(builder);
    CaseFactories.addTo(builder);
    EvidenceFactories.addTo(builder);
    LetterFactories.addTo(builder);
    RequestFactories.addTo(builder);

    Map<YunxiContract, Map<Bytes32, Entry>> byTopic = new EnumMap<>(YunxiContract.class);
    Map<YunxiContract, List<EventType>> types = new EnumMap<>(YunxiContract.class);
    Map<String, Registration> unused = new HashMap<>(builder.registrations);
    for (YunxiContract contract : YunxiContract.values()) {
      Map<Bytes32, Entry> entries = new LinkedHashMap<>();
      List<EventType> list = new ArrayList<>();
      for (AbiEvent abi : AbiCatalog.events(contract)) {
        Registration r = unused.remove(abi.name());
        // An ABI event without a factory stays undecoded (an unknown topic); AbiCoverageTest
        // fails the build when that happens.
        if (r == null) {
          continue;
        }
        EventType type =
            new EventType(contract, abi.name(), abi.signature(), abi.topic0(), r.recordType());
        entries.put(abi.topic0(), new Entry(abi, type, r.factory()));
        list.add(type);
      }
      byTopic.put(contract, Collections.unmodifiableMap(entries));
      types.put(contract, List.copyOf(list));
    }
    // A factory for an event no ABI declares: the SDK and the contracts artifact disagree.
    if (!unused.isEmpty()) {
      throw new IllegalStateException(
          "events the contracts' ABI files do not declare: " + unused.keySet());
    }
    return new EventFactories(
        Collections.unmodifiableMap(byTopic), Collections.unmodifiableMap(types));
  }

  private record Registration(Class<? extends YunxiEvent> recordType, EventFactory factory) {}

  /** Collects the factories; a record's simple name is its event's name. */
  static final class Builder {
    private final Map<String, Registration> registrations = new HashMap<>();

    void add(Class<? extends YunxiEvent> recordType, EventFactory factory) {
      String name = recordType.getSimpleName();
      if (registrations.put(name, new Registration(recordType, factory)) != null) {
        throw new IllegalStateException("two factories for " + name);
      }
    }
  }
}
