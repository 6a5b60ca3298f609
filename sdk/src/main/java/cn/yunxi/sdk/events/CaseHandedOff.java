package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A case was handed off (一件事) to another department, which may act on it at once; ownership stays.
 *
 * <p>Solidity ({@link YunxiContract#CASES}): {@code event CaseHandedOff(bytes32 indexed caseId,
 * bytes32 indexed from, bytes32 indexed to, address by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param caseId the case
 * @param from the owning department
 * @param to the department it was handed off to
 * @param by who handed it off
 * @param timestamp when it happened: the block time the contract recorded
 */
public record CaseHandedOff(
    EventMeta meta, Bytes32 caseId, Bytes32 from, Bytes32 to, Address by, Instant timestamp)
    implements CaseEvent {

  public CaseHandedOff {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
