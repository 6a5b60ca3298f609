package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The fine of a decided case was paid.
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event PaymentRecorded(bytes32 indexed caseId,
 * address indexed by, bytes32 receiptHash, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param by who recorded the payment
 * @param receiptHash hash of the payment receipt (缴款凭证)
 * @param timestamp when it happened: the block time the contract recorded
 */
public record PaymentRecorded(
    EventMeta meta, Bytes32 caseId, Address by, Bytes32 receiptHash, Instant timestamp)
    implements CaseEvent {

  public PaymentRecorded {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(receiptHash, "receiptHash");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
