package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An overdue reminder (催缴) was served for an unpaid fine past its due date.
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event ReminderRecorded(bytes32 indexed caseId,
 * address indexed by, bytes32 noticeHash, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param by who recorded the reminder
 * @param noticeHash hash of the reminder notice
 * @param timestamp when it happened: the block time the contract recorded
 */
public record ReminderRecorded(
    EventMeta meta, Bytes32 caseId, Address by, Bytes32 noticeHash, Instant timestamp)
    implements CaseEvent {

  public ReminderRecorded {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(noticeHash, "noticeHash");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
