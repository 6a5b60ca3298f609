package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Department;
import cn.yunxi.sdk.model.Member;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.tx.Inclusion;
import java.math.BigInteger;
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

  /** Rotates the client's own department's seal and encryption key. Caller: ADMIN. */
  Inclusion setDepartmentKeys(Address seal, byte[] encryptionKey);

  /**
   * Proposes adding a department (with its first admin, seal and encryption key); the proposer's
   * department approves at once. Caller: ADMIN of an active department.
   *
   * @return the proposal id
   */
  BigInteger proposeAddDepartment(
      Bytes32 code, Bytes32 nameHash, Address seal, byte[] encryptionKey, Address firstAdmin);

  /** Proposes suspending a department. Caller: ADMIN of an active department. */
  BigInteger proposeSuspension(Bytes32 code);

  /** Proposes reactivating a suspended department. Caller: ADMIN of an active department. */
  BigInteger proposeReactivation(Bytes32 code);

  /** Approves a proposal for the client's department. Caller: ADMIN. */
  Inclusion approve(BigInteger proposalId);

  /**
   * Carries out a proposal approved by the admins of more than two thirds of the active
   * departments. Caller: ADMIN.
   */
  Inclusion execute(BigInteger proposalId);
}
