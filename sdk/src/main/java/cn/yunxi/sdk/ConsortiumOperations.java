package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Department;
import cn.yunxi.sdk.model.Member;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.tx.Inclusion;
import java.time.Instant;
import java.util.Set;

/** The department registry: who belongs where with which roles, and each department's keys. */
public interface ConsortiumOperations {
  /** A member (a zero department and no roles if the account is none). */
  Member member(Address account);

  /** A department (not {@code registered} if unknown). */
  Department department(Bytes32 code);

  /**
   * Adds or changes a member of the client's own department. Caller: ADMIN. OFFICER and CAPTAIN
   * need a credential reference and an expiry in the future.
   */
  Inclusion setMember(
      Address account, Set<Role> roles, Bytes32 credentialRef, Instant credentialExpiry);

  /** Removes a member of the client's own department. Caller: ADMIN. */
  Inclusion removeMember(Address account);
}
