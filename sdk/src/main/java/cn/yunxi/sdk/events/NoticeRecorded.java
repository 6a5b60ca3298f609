package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice was served in a case (e.g. the traffic police notifying the owner of a car).
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event NoticeRecorded(bytes32 indexed caseId,
 * address indexed by, bytes32 noticeHash, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param by who recorded the notice
 * @param noticeHash hash of the notice
 * @param timestamp when it happened: the block time the contract recorded
 */
public record NoticeRecorded(
    EventMeta meta, Bytes32 caseId, Address by, Bytes32 noticeHash, Instant timestamp)
    implements CaseEvent {

  public NoticeRecorded {
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
