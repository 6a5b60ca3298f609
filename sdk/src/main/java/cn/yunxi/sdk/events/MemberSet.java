package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member was added to a department or changed (roles, enforcement credential).
 *
 * <p>Solidity ({@link YunxiContract#CONSORTIUM}): {@code event MemberSet(address indexed account,
 * bytes32 indexed department, uint16 roles, bytes32 credentialRef, uint64 credentialExpiry, address
 * indexed by, uint64 timestamp)}.
 *
 * @param meta where the log is
 * @param account the member's account
 * @param department the department the member belongs to
 * @param roles the member's roles (the chain's {@code uint16} bit mask)
 * @param credentialRef reference of the enforcement credential (执法证), {@link Bytes32#ZERO} if none
 * @param credentialExpiry when that credential expires, {@link Instant#EPOCH} if none
 * @param by who set it: the department's admin, or the deployer while bootstrapping
 * @param timestamp when it happened: the block time the contract recorded
 */
public record MemberSet(
    EventMeta meta,
    Address account,
    Bytes32 department,
    Set<Role> roles,
    Bytes32 credentialRef,
    Instant credentialExpiry,
    Address by,
    Instant timestamp)
    implements ConsortiumEvent {

  public MemberSet {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(department, "department");
    roles = Checks.roles(roles, "roles");
    Objects.requireNonNull(credentialRef, "credentialRef");
    Objects.requireNonNull(credentialExpiry, "credentialExpiry");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Optional<Instant> time() {
    return Optional.of(timestamp);
  }
}
