package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The penalty decision (处罚决定) of a case was recorded.
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event CaseDecided(bytes32 indexed caseId,
 * address indexed by, bytes32 decisionHash, bytes32 provisionsHash, uint64 fineFen, uint64
 * paymentDue, uint64 reviewDeadline, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param by the captain (or, for a simple case, the officer) who decided
 * @param decisionHash hash of the signed penalty decision document
 * @param provisionsHash hash of the legal provisions applied (法律依据)
 * @param fineFen the fine in fen (分), zero for a penalty without a fine; a {@code uint64} held in a
 *     {@code long} (read it unsigned)
 * @param paymentDue when the fine must be paid, {@link Instant#EPOCH} without a fine
 * @param reviewDeadline end of the administrative review / litigation period
 * @param timestamp when it happened: the block time the contract recorded
 */
public record CaseDecided(
    EventMeta meta,
    Bytes32 caseId,
    Address by,
    Bytes32 decisionHash,
    Bytes32 provisionsHash,
    long fineFen,
    Instant paymentDue,
    Instant reviewDeadline,
    Instant timestamp)
    implements CaseEvent {

  public CaseDecided {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(decisionHash, "decisionHash");
    Objects.requireNonNull(provisionsHash, "provisionsHash");
    Objects.requireNonNull(paymentDue, "paymentDue");
    Objects.requireNonNull(reviewDeadline, "reviewDeadline");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
