package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A department's admin removed a member.
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event MemberRemoved(address indexed
 * account, bytes32 indexed department, address indexed by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param account the former member's account
 * @param department the department it belonged to
 * @param by the admin who removed it
 * @param timestamp when it happened: the block time the contract recorded
 */
public record MemberRemoved(
    EventMeta meta, Address account, Bytes32 department, Address by, Instant timestamp)
    implements ConsortiumEvent {

  public MemberRemoved {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
