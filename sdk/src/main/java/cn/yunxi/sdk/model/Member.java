package cn.yunxi.sdk.model;

import java.time.Instant;
import java.util.Set;

/**
 * A consortium member as stored, and the roles it can exercise right now ({@code effectiveRoles}:
 * none if its department is suspended; OFFICER and CAPTAIN only with an unexpired credential). An
 * account that is no member has a zero department and no roles.
 */
public record Member(
    Address account,
    Bytes32 department,
    Set<Role> roles,
    Set<Role> effectiveRoles,
    Bytes32 credentialRef,
    Instant credentialExpiry) {
  public Member {
    roles = Set.copyOf(roles);
    effectiveRoles = Set.copyOf(effectiveRoles);
  }

  public boolean isMember() {
    return !department.isZero();
  }
}
