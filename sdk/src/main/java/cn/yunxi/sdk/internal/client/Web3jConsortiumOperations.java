package cn.yunxi.sdk.internal.client;

import cn.yunxi.contracts.generated.Consortium;
import cn.yunxi.sdk.ConsortiumOperations;
import cn.yunxi.sdk.internal.tx.Rpc;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.Department;
import cn.yunxi.sdk.model.Member;
import cn.yunxi.sdk.model.ProposalAction;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.tx.Inclusion;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Set;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tuples.generated.Tuple2;

/** The department registry through the Consortium contract. */
final class Web3jConsortiumOperations implements ConsortiumOperations {
  private final Consortium registry;
  private final ContractCalls calls;
  private final Rpc rpc;

  Web3jConsortiumOperations(Consortium registry, ContractCalls calls, Rpc rpc) {
    this.registry = registry;
    this.calls = calls;
    this.rpc = rpc;
  }

  @Override
  public Member member(Address account) {
    Tuple2<Consortium.Member, BigInteger> m =
        rpc.call("memberOf", () -> registry.memberOf(account.toHex()).send());
    Consortium.Member stored = m.component1();
    return new Member(
        account,
        Bytes32.of(stored.department),
        Role.fromMask(stored.roles.intValueExact()),
        Role.fromMask(m.component2().intValueExact()),
        Bytes32.of(stored.credentialRef),
        Instant.ofEpochSecond(stored.credentialExpiry.longValueExact()));
  }

  @Override
  public Department department(Bytes32 code) {
    Consortium.Department d =
        rpc.call("departmentOf", () -> registry.departmentOf(code.toByteArray()).send());
    return new Department(
        code,
        Bytes32.of(d.nameHash),
        d.registered,
        d.active,
        Address.fromHex(d.seal),
        d.adminCount.intValueExact(),
        d.encryptionKey);
  }

  @Override
  public Inclusion setMember(
      Address account, Set<Role> roles, Bytes32 credentialRef, Instant credentialExpiry) {
    return calls.send(
        registry.setMember(
            account.toHex(),
            BigInteger.valueOf(Role.toMask(roles)),
            credentialRef.toByteArray(),
            BigInteger.valueOf(credentialExpiry.getEpochSecond())));
  }

  @Override
  public Inclusion removeMember(Address account) {
    return calls.send(registry.removeMember(account.toHex()));
  }

  @Override
  public Inclusion setDepartmentKeys(Address seal, byte[] encryptionKey) {
    return calls.send(registry.setDepartmentKeys(seal.toHex(), encryptionKey.clone()));
  }

  @Override
  public BigInteger proposeAddDepartment(
      Bytes32 code, Bytes32 nameHash, Address seal, byte[] encryptionKey, Address firstAdmin) {
    return propose(
        ProposalAction.ADD_DEPARTMENT, code, nameHash, seal, encryptionKey.clone(), firstAdmin);
  }

  @Override
  public BigInteger proposeSuspension(Bytes32 code) {
    return propose(
        ProposalAction.SUSPEND_DEPARTMENT,
        code,
        Bytes32.ZERO,
        Address.ZERO,
        new byte[0],
        Address.ZERO);
  }

  @Override
  public BigInteger proposeReactivation(Bytes32 code) {
    return propose(
        ProposalAction.REACTIVATE_DEPARTMENT,
        code,
        Bytes32.ZERO,
        Address.ZERO,
        new byte[0],
        Address.ZERO);
  }

  private BigInteger propose(
      ProposalAction action,
      Bytes32 code,
      Bytes32 nameHash,
      Address seal,
      byte[] encryptionKey,
      Address firstAdmin) {
    TransactionReceipt receipt =
        calls.sendForReceipt(
            registry.propose(
                BigInteger.valueOf(action.ordinal()),
                code.toByteArray(),
                nameHash.toByteArray(),
                seal.toHex(),
                encryptionKey,
                firstAdmin.toHex()));
    return Consortium.getProposalCreatedEvents(receipt).get(0).proposalId;
  }

  @Override
  public Inclusion approve(BigInteger proposalId) {
    return calls.send(registry.approve(proposalId));
  }

  @Override
  public Inclusion execute(BigInteger proposalId) {
    return calls.send(registry.execute(proposalId));
  }
}
