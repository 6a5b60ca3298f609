package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An unpaid fine was referred to the court for non-litigation enforcement (非诉执行).
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event ReferredToCourt(bytes32 indexed caseId,
 * address indexed by, bytes32 referralHash, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param by the office member who referred it
 * @param referralHash hash of the referral document
 * @param timestamp when it happened: the block time the contract recorded
 */
public record ReferredToCourt(
    EventMeta meta, Bytes32 caseId, Address by, Bytes32 referralHash, Instant timestamp)
    implements CaseEvent {

  public ReferredToCourt {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(referralHash, "referralHash");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
