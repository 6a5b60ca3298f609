package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CustodyAction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Somebody received, opened, exported or shared evidence: the chain of custody.
 *
 * <p>Solidity ({@link YunxiContract#EVIDENCE}): {@code event CustodyRecorded(bytes32 indexed
 * subject, bytes32 indexed caseId, address indexed actor, uint8 action, bytes32 ref, uint64
 * timestamp)}.
 *
 * @param meta where the log is
 * @param subject the evidence id, or for a data request the request id
 * @param caseId the case
 * @param actor who received or accessed it
 * @param action what happened
 * @param ref a reference: the letter for a request, the hash of an exported package or of a purpose
 * @param timestamp when it happened: the block time the contract recorded
 */
public record CustodyRecorded(
    EventMeta meta,
    Bytes32 subject,
    Bytes32 caseId,
    Address actor,
    CustodyAction action,
    Bytes32 ref,
    Instant timestamp)
    implements EvidenceEvent {

  public CustodyRecorded {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
