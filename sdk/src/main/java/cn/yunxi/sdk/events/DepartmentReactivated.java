package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A suspended department was reactivated by an executed proposal.
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event DepartmentReactivated(bytes32
 * indexed department, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param department the department code
 * @param timestamp when it happened: the block time the contract recorded
 */
public record DepartmentReactivated(EventMeta meta, Bytes32 department, Instant timestamp)
    implements ConsortiumEvent {

  public DepartmentReactivated {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
