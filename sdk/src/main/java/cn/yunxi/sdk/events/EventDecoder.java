package cn.yunxi.sdk.events;

import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.internal.events.EventFactories;
import cn.yunxi.sdk.internal.events.LogDecoder;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes raw logs into typed {@link YunxiEvent}s. Needs no credentials and no network: give it the
 * addresses of the contracts to trust and the logs, from wherever they come ({@code eth_getLogs},
 * receipts, an indexer's store). Immutable and thread-safe; share one instance.
 *
 * <p>A log is decoded only if it was emitted by one of the trusted addresses <em>and</em> its topic
 * 0 is an event of that very contract; anything else — another contract, an event signature the
 * contract does not declare, an event-shaped log from a foreign contract — is not ours and decodes
 * to {@link Optional#empty()}. A log from a trusted contract with a known topic 0 whose topics or
 * data are not the canonical ABI encoding of that event throws {@link EventDecodingException}: the
 * contracts never emit one, so it signals a misconfiguration or a corrupted source, never something
 * to skip silently.
 *
 * <p>The event signatures come from the contracts' ABI files in the {@code yunxi-contracts}
 * artifact, never from hand-typed strings. {@code EIP712DomainChanged}, which the letter and
 * request registries' ABIs declare (inherited from OpenZeppelin's {@code IERC5267}) but never emit,
 * is not decoded and not part of {@link #topic0s}.
 *
 * <p>For {@code eth_getLogs} filters: {@link ContractAddresses#all()} as the addresses, {@link
 * #topic0s()} as the alternatives of the first topic.
 */
public final class EventDecoder {
  private final ContractAddresses contracts;
  private final LogDecoder logs;

  private EventDecoder(ContractAddresses contracts) {
    this.contracts = contracts;
    this.logs = new LogDecoder(contracts);
  }

  /** A decoder that trusts logs from these five contracts only. */
  public static EventDecoder of(ContractAddresses contracts) {
    return new EventDecoder(Objects.requireNonNull(contracts, "contracts"));
  }

  /**
   * The event in {@code log}, or empty if the log is not an event of one of the trusted contracts.
   *
   * @throws EventDecodingException when a trusted contract's log with a known topic 0 does not
   *     decode as that event
   */
  public Optional<YunxiEvent> decode(RawLog log) {
    return logs.decode(Objects.requireNonNull(log, "log"));
  }

  /** The trusted contracts. */
  public ContractAddresses contracts() {
    return contracts;
  }

  /** Which trusted contract lives at {@code address}, if any. */
  public Optional<YunxiContract> contractAt(Address address) {
    return logs.contractAt(Objects.requireNonNull(address, "address"));
  }

  /** The events of {@code contract} this decoder turns into records, in ABI order. */
  public List<EventType> eventTypes(YunxiContract contract) {
    return EventFactories.instance().types(Objects.requireNonNull(contract, "contract"));
  }

  /** The events of all five contracts, contract by contract. */
  public List<EventType> eventTypes() {
    List<EventType> all = new ArrayList<>();
    for (YunxiContract contract : YunxiContract.values()) {
      all.addAll(eventTypes(contract));
    }
    return List.copyOf(all);
  }

  /** The topic 0 of every event of {@code contract} that decodes: an {@code eth_getLogs} filter. */
  public List<Bytes32> topic0s(YunxiContract contract) {
    return eventTypes(contract).stream().map(EventType::topic0).toList();
  }

  /** The topic 0 of every event of the five contracts, without duplicates. */
  public List<Bytes32> topic0s() {
    return eventTypes().stream().map(EventType::topic0).distinct().toList();
  }
}
