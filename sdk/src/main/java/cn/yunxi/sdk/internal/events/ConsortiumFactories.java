package cn.yunxi.sdk.internal.events;

import cn.yunxi.sdk.events.BootstrapFinished;
import cn.yunxi.sdk.events.DepartmentKeysChanged;
import cn.yunxi.sdk.events.DepartmentReactivated;
import cn.yunxi.sdk.events.DepartmentRegistered;
import cn.yunxi.sdk.events.DepartmentSuspended;
import cn.yunxi.sdk.events.MemberRemoved;
import cn.yunxi.sdk.events.MemberSet;
import cn.yunxi.sdk.events.ProposalApproved;
import cn.yunxi.sdk.events.ProposalCreated;
import cn.yunxi.sdk.events.ProposalExecuted;
import cn.yunxi.sdk.model.ProposalAction;
import cn.yunxi.sdk.model.Role;

/** How each event of the Consortium becomes its record: parameters read by their Solidity names. */
final class ConsortiumFactories {
  private ConsortiumFactories() {}

  static void addTo(EventFactories.Builder b) {
    b.add(
        DepartmentRegistered.class,
        (m, v) ->
            new DepartmentRegistered(
                m,
                v.bytes32("department"),
                v.bytes32("nameHash"),
                v.address("seal"),
                v.bytes("encryptionKey"),
                v.time("timestamp")));
    b.add(
        DepartmentSuspended.class,
        (m, v) -> new DepartmentSuspended(m, v.bytes32("department"), v.time("timestamp")));
    b.add(
        DepartmentReactivated.class,
        (m, v) -> new DepartmentReactivated(m, v.bytes32("department"), v.time("timestamp")));
    b.add(
        DepartmentKeysChanged.class,
        (m, v) ->
            new DepartmentKeysChanged(
                m,
                v.bytes32("department"),
                v.address("seal"),
                v.bytes("encryptionKey"),
                v.time("timestamp")));
    b.add(
        MemberSet.class,
        (m, v) ->
            new MemberSet(
                m,
                v.address("account"),
                v.bytes32("department"),
                Role.fromMask(v.uint16("roles")),
                v.bytes32("credentialRef"),
                v.time("credentialExpiry"),
                v.address("by"),
                v.time("timestamp")));
    b.add(
        MemberRemoved.class,
        (m, v) ->
            new MemberRemoved(
                m,
                v.address("account"),
                v.bytes32("department"),
                v.address("by"),
                v.time("timestamp")));
    b.add(
        ProposalCreated.class,
        (m, v) ->
            new ProposalCreated(
                m,
                v.uint256("proposalId"),
                ProposalAction.ofCode(v.uint8("action")),
                v.bytes32("department"),
                v.address("proposer"),
                v.time("expiresAt")));
    b.add(
        ProposalApproved.class,
        (m, v) ->
            new ProposalApproved(
                m, v.uint256("proposalId"), v.bytes32("department"), v.address("admin")));
    b.add(
        ProposalExecuted.class,
        (m, v) ->
            new ProposalExecuted(
                m,
                v.uint256("proposalId"),
                v.bytes32("department"),
                ProposalAction.ofCode(v.uint8("action"))));
    b.add(
        BootstrapFinished.class,
        (m, v) ->
            new BootstrapFinished(
                m, v.address("bootstrapper"), v.uint32("departments"), v.time("timestamp")));
  }
}
