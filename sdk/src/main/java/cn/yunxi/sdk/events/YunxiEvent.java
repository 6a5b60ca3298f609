package cn.yunxi.sdk.events;

import java.time.Instant;
import java.util.Optional;

/**
 * An event of one of the five Yunxi contracts, decoded from its log by {@link EventDecoder}: one
 * record per Solidity event, named as the event is, with components named as its parameters are
 * (after {@link #meta()}, the log's position).
 *
 * <p>Time: a log carries no block time, so {@link #time()} is the contract's own time field — the
 * {@code timestamp} parameter every state-changing event has ({@code depositedAt} for {@link
 * EvidenceDeposited}, {@code anchoredAt} for {@link BatchAnchored}), always the emitting block's
 * time. Four events have no such field and answer {@link Optional#empty()}: {@link
 * ProposalCreated}, {@link ProposalApproved}, {@link ProposalExecuted} and {@link
 * RequestRegistryLinked}; whoever needs their time reads the block's header ({@link
 * EventMeta#blockHash()}).
 */
public sealed interface YunxiEvent
    permits ConsortiumEvent, CaseEvent, EvidenceEvent, LetterEvent, RequestEvent {

  /** Where the log is: emitter, block, transaction, position, removed flag. */
  EventMeta meta();

  /** The contract's own time for this event; empty for the four events without one. */
  Optional<Instant> time();

  /** The contract that emits this kind of event. */
  YunxiContract contract();

  /** The Solidity event's name, e.g. {@code EvidenceDeposited}. */
  default String name() {
    return getClass().getSimpleName();
  }
}
