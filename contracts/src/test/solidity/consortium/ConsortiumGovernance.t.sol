// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Governance of the department set: propose → approve → execute for AddDepartment,
// SuspendDepartment and ReactivateDepartment. Quorum: approvals of MORE than two thirds of the
// ACTIVE departments, one per department (the Fixture's six need five; four are not enough),
// within PROPOSAL_LIFETIME, and only while the department set is the one proposed against.

import {ConsortiumBase} from "./ConsortiumBase.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

contract ConsortiumGovernanceTest is ConsortiumBase {
    address internal psAdmin; // first admin of the public-security bureau joining the consortium

    function setUp() public override {
        super.setUp();
        psAdmin = makeAddr("psAdmin");
    }

    function _unauthorised(address account) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, account, Roles.ADMIN);
    }

    // ------------------------------------------------------------ propose / approve

    function test_propose_createsProposalWithProposersApproval() public {
        uint64 expiresAt = START + consortium.PROPOSAL_LIFETIME();
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.ProposalCreated(
            1, Consortium.ProposalAction.SuspendDepartment, MARKET, enforcementAdmin, expiresAt
        );
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.ProposalApproved(1, ENFORCEMENT, enforcementAdmin);
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);

        assertEq(id, 1, "first id");
        assertEq(consortium.proposalCount(), 1, "count");
        Consortium.Proposal memory p = consortium.proposalOf(id);
        assertTrue(p.action == Consortium.ProposalAction.SuspendDepartment, "action");
        assertFalse(p.executed, "executed");
        assertEq(p.approvals, 1, "approvals");
        assertEq(p.expiresAt, expiresAt, "expiresAt");
        assertEq(p.department, MARKET, "department");
        assertTrue(consortium.hasApproved(id, ENFORCEMENT), "proposer's department approved");
        assertFalse(consortium.hasApproved(id, TRAFFIC), "others not");
    }

    function test_propose_addDepartmentStoresItsDetailsAndIdsAreSequential() public {
        _proposeSuspend(enforcementAdmin, MARKET);
        uint256 id = _proposeAdd(trafficAdmin, PUBLIC_SECURITY, psAdmin);
        assertEq(id, 2, "second id");

        Consortium.Proposal memory p = consortium.proposalOf(id);
        assertTrue(p.action == Consortium.ProposalAction.AddDepartment, "action");
        assertEq(p.department, PUBLIC_SECURITY, "department");
        assertEq(p.nameHash, keccak256(abi.encode(PUBLIC_SECURITY)), "name hash");
        assertEq(p.seal, _sealFor(PUBLIC_SECURITY), "seal");
        assertEq(p.encryptionKey, encryptionKeyFor(PUBLIC_SECURITY), "key");
        assertEq(p.firstAdmin, psAdmin, "first admin");
        assertFalse(consortium.departmentOf(PUBLIC_SECURITY).registered, "not registered before execution");
    }

    function test_approve_countsTheApproversDepartment() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.ProposalApproved(id, MARKET, marketAdmin);
        // The department concerned may vote on its own suspension.
        vm.prank(marketAdmin);
        consortium.approve(id);
        assertEq(consortium.proposalOf(id).approvals, 2, "approvals");
        assertTrue(consortium.hasApproved(id, MARKET), "hasApproved");
    }

    // ------------------------------------------------------------ execute and quorum

    function test_execute_addDepartmentRegistersItWithItsFirstAdmin() public {
        uint256 id = _proposeAdd(enforcementAdmin, PUBLIC_SECURITY, psAdmin);
        _approveUpTo(id, 5);

        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.DepartmentRegistered(
            PUBLIC_SECURITY,
            keccak256(abi.encode(PUBLIC_SECURITY)),
            _sealFor(PUBLIC_SECURITY),
            encryptionKeyFor(PUBLIC_SECURITY),
            START
        );
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.MemberSet(psAdmin, PUBLIC_SECURITY, Roles.ADMIN, bytes32(0), 0, supervisionAdmin, START);
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.ProposalExecuted(id, PUBLIC_SECURITY, Consortium.ProposalAction.AddDepartment);
        // The executor need not have approved (supervision did not).
        vm.prank(supervisionAdmin);
        consortium.execute(id);

        assertTrue(consortium.proposalOf(id).executed, "executed");
        assertTrue(consortium.isActiveDepartment(PUBLIC_SECURITY), "active");
        assertEq(consortium.activeDepartmentCount(), 7, "active count");
        assertEq(consortium.registeredDepartmentCount(), 7, "registered count");
        assertEq(consortium.departmentOf(PUBLIC_SECURITY).adminCount, 1, "admin count");
        (bytes32 department,) = consortium.requireRole(psAdmin, Roles.ADMIN);
        assertEq(department, PUBLIC_SECURITY, "first admin's department");

        // The new admin manages its own department at once.
        address psOfficer = makeAddr("psOfficer");
        vm.prank(psAdmin);
        consortium.setMember(psOfficer, Roles.OFFICER, keccak256("cred"), START + 1 days);
        assertTrue(consortium.hasRole(psOfficer, Roles.OFFICER), "new officer");
    }

    function test_RevertWhen_execute_fourOfSixApprovals() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        _approveUpTo(id, 4);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_QuorumNotReached.selector, id, 4, 6));
        vm.prank(enforcementAdmin);
        consortium.execute(id);
        assertTrue(consortium.isActiveDepartment(MARKET), "still active");
    }

    function test_execute_fiveOfSixApprovalsSuspend() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        _approveUpTo(id, 5);

        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.DepartmentSuspended(MARKET, START);
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.ProposalExecuted(id, MARKET, Consortium.ProposalAction.SuspendDepartment);
        vm.prank(enforcementAdmin);
        consortium.execute(id);

        assertFalse(consortium.isActiveDepartment(MARKET), "suspended");
        assertTrue(consortium.departmentOf(MARKET).registered, "still registered");
        assertEq(consortium.activeDepartmentCount(), 5, "active count");
        assertEq(consortium.registeredDepartmentCount(), 6, "registered count");
    }

    function test_quorum_countsOnlyActiveDepartments() public {
        _suspend(MARKET); // 5 active: 4 approvals suffice (12 > 10), 3 do not (9 <= 10)
        uint256 id = _proposeAdd(enforcementAdmin, PUBLIC_SECURITY, psAdmin);
        _approveUpTo(id, 3);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_QuorumNotReached.selector, id, 3, 5));
        vm.prank(enforcementAdmin);
        consortium.execute(id);

        _approveUpTo(id, 4);
        vm.prank(enforcementAdmin);
        consortium.execute(id);
        assertEq(consortium.activeDepartmentCount(), 6, "active count");
    }

    function test_suspendedDepartment_membersLoseAllRights() public {
        _suspend(ENFORCEMENT);
        address[5] memory people = [officer, captain, office, enforcementAdmin, officer2];
        for (uint256 i; i < people.length; ++i) {
            assertFalse(consortium.hasRole(people[i], Roles.ALL), "a member of a suspended department holds a role");
        }
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, officer, Roles.OFFICER));
        consortium.requireRole(officer, Roles.OFFICER);
    }

    function test_reactivateDepartment_restoresItsMembersRights() public {
        _suspend(ENFORCEMENT);
        uint256 id = _proposeReactivate(trafficAdmin, ENFORCEMENT);
        _approveUpTo(id, 4); // 5 active → 4 needed

        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.DepartmentReactivated(ENFORCEMENT, START);
        vm.expectEmit(true, true, true, true, address(consortium));
        emit Consortium.ProposalExecuted(id, ENFORCEMENT, Consortium.ProposalAction.ReactivateDepartment);
        vm.prank(trafficAdmin);
        consortium.execute(id);

        assertTrue(consortium.isActiveDepartment(ENFORCEMENT), "active");
        assertEq(consortium.activeDepartmentCount(), 6, "active count");
        (, uint16 roles) = consortium.requireRole(captain, Roles.CAPTAIN);
        assertEq(roles, Roles.CAPTAIN | Roles.OFFICER, "captain's roles back");
        assertTrue(consortium.hasRole(enforcementAdmin, Roles.ADMIN), "admin back");
        _openCase(CASE_ID); // the officer acts again
    }

    // ------------------------------------------------------------ approvals per department

    function test_RevertWhen_approve_proposersDepartmentApprovesAgain() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_AlreadyApproved.selector, id, ENFORCEMENT));
        vm.prank(enforcementAdmin);
        consortium.approve(id);
    }

    function test_RevertWhen_approve_secondAdminOfSameDepartment() public {
        vm.prank(trafficAdmin);
        consortium.setMember(trafficOffice, Roles.ADMIN | Roles.OFFICE, bytes32(0), 0);
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        vm.prank(trafficAdmin);
        consortium.approve(id);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_AlreadyApproved.selector, id, TRAFFIC));
        vm.prank(trafficOffice);
        consortium.approve(id);
        assertEq(consortium.proposalOf(id).approvals, 2, "counted once");
    }

    // ------------------------------------------------------------ lifetime and staleness

    function test_approve_lastMomentBeforeExpiry() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        vm.warp(START + consortium.PROPOSAL_LIFETIME() - 1);
        _approveUpTo(id, 5);
        vm.prank(enforcementAdmin);
        consortium.execute(id);
        assertFalse(consortium.isActiveDepartment(MARKET), "suspended");
    }

    function test_RevertWhen_approve_expired() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        uint64 expiresAt = START + consortium.PROPOSAL_LIFETIME();
        vm.warp(expiresAt);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_ProposalExpired.selector, id, expiresAt));
        vm.prank(trafficAdmin);
        consortium.approve(id);
    }

    function test_RevertWhen_execute_expired() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        _approveUpTo(id, 6);
        uint64 expiresAt = START + consortium.PROPOSAL_LIFETIME();
        vm.warp(expiresAt + 1 days);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_ProposalExpired.selector, id, expiresAt));
        vm.prank(enforcementAdmin);
        consortium.execute(id);
    }

    function test_RevertWhen_approve_departmentSetChangedSinceProposal() public {
        uint256 stale = _proposeSuspend(enforcementAdmin, MARKET);
        _suspend(HOUSING);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_ProposalStale.selector, stale));
        vm.prank(trafficAdmin);
        consortium.approve(stale);
    }

    function test_RevertWhen_execute_departmentSetChangedSinceProposal() public {
        // Two proposals reach quorum against the same set; executing one makes the other stale.
        uint256 first = _proposeAdd(enforcementAdmin, PUBLIC_SECURITY, psAdmin);
        uint256 second = _proposeSuspend(enforcementAdmin, MARKET);
        _approveUpTo(first, 5);
        _approveUpTo(second, 5);
        vm.prank(enforcementAdmin);
        consortium.execute(first);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_ProposalStale.selector, second));
        vm.prank(enforcementAdmin);
        consortium.execute(second);
        assertTrue(consortium.isActiveDepartment(MARKET), "not suspended");
    }

    // ------------------------------------------------------------ invalid proposals

    function test_RevertWhen_propose_actionIsNone() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidAction.selector));
        vm.prank(enforcementAdmin);
        consortium.propose(Consortium.ProposalAction.None, MARKET, bytes32(0), address(0), "", address(0));
    }

    function test_RevertWhen_propose_actionOutOfRange() public {
        bytes memory data = abi.encodeWithSelector(
            Consortium.propose.selector, uint8(4), MARKET, bytes32(0), address(0), bytes(""), address(0)
        );
        vm.prank(enforcementAdmin);
        (bool ok, bytes memory returned) = address(consortium).call(data);
        assertFalse(ok, "an unknown action was accepted");
        assertEq(returned.length, 0, "ABI decoding reverts without data");
        assertEq(consortium.proposalCount(), 0, "no proposal");
    }

    function test_RevertWhen_propose_addDepartmentWithZeroCode() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidDepartmentCode.selector));
        _proposeAdd(enforcementAdmin, bytes32(0), psAdmin);
    }

    function test_RevertWhen_propose_addExistingDepartment() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_DepartmentExists.selector, FIRE));
        _proposeAdd(enforcementAdmin, FIRE, psAdmin);
    }

    function test_RevertWhen_propose_addDepartmentWithInvalidKeys() public {
        bytes memory key = encryptionKeyFor(PUBLIC_SECURITY);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidSeal.selector, address(0)));
        vm.prank(enforcementAdmin);
        consortium.propose(
            Consortium.ProposalAction.AddDepartment, PUBLIC_SECURITY, bytes32(0), address(0), key, psAdmin
        );

        bytes memory shortKey = new bytes(32);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidEncryptionKey.selector, 32));
        vm.prank(enforcementAdmin);
        consortium.propose(
            Consortium.ProposalAction.AddDepartment, PUBLIC_SECURITY, bytes32(0), psAdmin, shortKey, psAdmin
        );
    }

    function test_RevertWhen_propose_addDepartmentWithoutFirstAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_InvalidAccount.selector, address(0)));
        _proposeAdd(enforcementAdmin, PUBLIC_SECURITY, address(0));
    }

    function test_RevertWhen_propose_addDepartmentWhoseFirstAdminIsMemberElsewhere() public {
        vm.expectRevert(
            abi.encodeWithSelector(Consortium.Consortium_MemberOfOtherDepartment.selector, trafficOfficer, TRAFFIC)
        );
        _proposeAdd(enforcementAdmin, PUBLIC_SECURITY, trafficOfficer);
    }

    function test_RevertWhen_execute_firstAdminJoinedAnotherDepartmentMeanwhile() public {
        uint256 id = _proposeAdd(enforcementAdmin, PUBLIC_SECURITY, psAdmin);
        _approveUpTo(id, 6);
        // Joining a department does not change the department set: the proposal is not stale,
        // execution re-checks instead.
        vm.prank(fireAdmin);
        consortium.setMember(psAdmin, Roles.AUDITOR, bytes32(0), 0);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_MemberOfOtherDepartment.selector, psAdmin, FIRE));
        vm.prank(enforcementAdmin);
        consortium.execute(id);
        assertFalse(consortium.departmentOf(PUBLIC_SECURITY).registered, "not registered");
    }

    function test_RevertWhen_propose_suspendUnknownDepartment() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_UnknownDepartment.selector, PLANNING));
        _proposeSuspend(enforcementAdmin, PLANNING);
    }

    function test_RevertWhen_propose_suspendSuspendedDepartment() public {
        _suspend(MARKET);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_DepartmentInactive.selector, MARKET));
        _proposeSuspend(enforcementAdmin, MARKET);
    }

    function test_RevertWhen_propose_reactivateUnknownDepartment() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_UnknownDepartment.selector, PLANNING));
        _proposeReactivate(enforcementAdmin, PLANNING);
    }

    function test_RevertWhen_propose_reactivateActiveDepartment() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_DepartmentAlreadyActive.selector, MARKET));
        _proposeReactivate(enforcementAdmin, MARKET);
    }

    function test_RevertWhen_propose_suspendLastActiveDepartment() public {
        Consortium two = _freshConsortium(2);
        address a0 = _adminOf(0);
        address a1 = _adminOf(1);
        vm.prank(a0);
        uint256 id =
            two.propose(Consortium.ProposalAction.SuspendDepartment, _code(1), bytes32(0), address(0), "", address(0));
        vm.prank(a1);
        two.approve(id); // 2 of 2
        vm.prank(a0);
        two.execute(id);
        assertEq(two.activeDepartmentCount(), 1, "one left");

        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_LastActiveDepartment.selector, _code(0)));
        vm.prank(a0);
        two.propose(Consortium.ProposalAction.SuspendDepartment, _code(0), bytes32(0), address(0), "", address(0));
    }

    function test_RevertWhen_approve_unknownProposal() public {
        _proposeSuspend(enforcementAdmin, MARKET);
        uint256[2] memory unknown = [uint256(0), 2];
        for (uint256 i; i < unknown.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_UnknownProposal.selector, unknown[i]));
            vm.prank(trafficAdmin);
            consortium.approve(unknown[i]);
        }
    }

    function test_RevertWhen_execute_unknownProposal() public {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_UnknownProposal.selector, 7));
        vm.prank(trafficAdmin);
        consortium.execute(7);
    }

    function test_RevertWhen_execute_alreadyExecuted() public {
        uint256 id = _proposeAdd(enforcementAdmin, PUBLIC_SECURITY, psAdmin);
        _pass(id);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_ProposalExecuted.selector, id));
        vm.prank(enforcementAdmin);
        consortium.execute(id);
    }

    function test_RevertWhen_approve_alreadyExecuted() public {
        uint256 id = _proposeAdd(enforcementAdmin, PUBLIC_SECURITY, psAdmin);
        _approveUpTo(id, 5);
        vm.prank(enforcementAdmin);
        consortium.execute(id);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_ProposalExecuted.selector, id));
        vm.prank(supervisionAdmin); // the one department that had not approved
        consortium.approve(id);
    }

    // ------------------------------------------------------------ who may govern

    function test_RevertWhen_propose_callerIsNotAdmin() public {
        vm.expectRevert(_unauthorised(captain));
        _proposeSuspend(captain, MARKET);
    }

    function test_RevertWhen_propose_callerIsOutsider() public {
        vm.expectRevert(_unauthorised(outsider));
        _proposeAdd(outsider, PUBLIC_SECURITY, outsider);
    }

    function test_RevertWhen_propose_callerIsAdminOfSuspendedDepartment() public {
        _suspend(MARKET);
        // Not even for its own reactivation.
        vm.expectRevert(_unauthorised(marketAdmin));
        _proposeReactivate(marketAdmin, MARKET);
    }

    function test_RevertWhen_approve_callerIsNotAdmin() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        vm.expectRevert(_unauthorised(marketCustodian));
        vm.prank(marketCustodian);
        consortium.approve(id);
    }

    function test_RevertWhen_approve_callerIsOutsider() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        vm.expectRevert(_unauthorised(outsider));
        vm.prank(outsider);
        consortium.approve(id);
    }

    function test_RevertWhen_approve_callerIsAdminOfSuspendedDepartment() public {
        _suspend(MARKET);
        uint256 id = _proposeReactivate(enforcementAdmin, MARKET);
        vm.expectRevert(_unauthorised(marketAdmin));
        vm.prank(marketAdmin);
        consortium.approve(id);
    }

    function test_RevertWhen_execute_callerIsNotAdmin() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        _approveUpTo(id, 6);
        vm.expectRevert(_unauthorised(auditor));
        vm.prank(auditor);
        consortium.execute(id);
    }

    function test_RevertWhen_execute_callerIsOutsider() public {
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        _approveUpTo(id, 6);
        vm.expectRevert(_unauthorised(outsider));
        vm.prank(outsider);
        consortium.execute(id);
    }

    function test_RevertWhen_execute_callerIsAdminOfSuspendedDepartment() public {
        _suspend(MARKET);
        uint256 id = _proposeReactivate(enforcementAdmin, MARKET);
        _approveUpTo(id, 5);
        vm.expectRevert(_unauthorised(marketAdmin));
        vm.prank(marketAdmin);
        consortium.execute(id);
    }

    // ------------------------------------------------------------ fuzz

    /// @dev For n registered departments of which s are suspended, a proposal approved by k
    /// active departments executes iff 3k > 2(n - s); otherwise QuorumNotReached.
    function testFuzz_quorum_moreThanTwoThirdsOfActiveDepartments(uint256 n, uint256 s, uint256 k) public {
        n = bound(n, 1, 15);
        s = bound(s, 0, n - 1);
        Consortium c = _freshConsortium(n);
        // Suspend the last s departments, each with every active department approving.
        for (uint256 j; j < s; ++j) {
            uint256 target = n - 1 - j;
            vm.prank(_adminOf(0));
            uint256 sid = c.propose(
                Consortium.ProposalAction.SuspendDepartment, _code(target), bytes32(0), address(0), "", address(0)
            );
            for (uint256 i = 1; i <= target; ++i) {
                vm.prank(_adminOf(i));
                c.approve(sid);
            }
            vm.prank(_adminOf(0));
            c.execute(sid);
        }
        uint256 active = n - s;
        assertEq(c.activeDepartmentCount(), active, "active count");
        k = bound(k, 1, active);

        bytes memory key = encryptionKeyFor(PUBLIC_SECURITY);
        vm.prank(_adminOf(0));
        uint256 id = c.propose(
            Consortium.ProposalAction.AddDepartment,
            PUBLIC_SECURITY,
            bytes32(0),
            _sealFor(PUBLIC_SECURITY),
            key,
            psAdmin
        );
        for (uint256 i = 1; i < k; ++i) {
            vm.prank(_adminOf(i));
            c.approve(id);
        }
        bool passes = 3 * k > 2 * active;
        // Cross-check against the smallest quorum: floor(2n/3) + 1.
        assertEq(passes, k >= (2 * active) / 3 + 1, "quorum formula");
        if (!passes) {
            vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_QuorumNotReached.selector, id, k, active));
        }
        vm.prank(_adminOf(0));
        c.execute(id);
        assertEq(c.isActiveDepartment(PUBLIC_SECURITY), passes, "department added");
        assertEq(c.activeDepartmentCount(), passes ? active + 1 : active, "active count after");
    }

    /// @dev A proposal can be approved and executed strictly before `expiresAt` and never after.
    function testFuzz_proposalLifetime(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, 3 * uint256(consortium.PROPOSAL_LIFETIME()));
        uint256 id = _proposeSuspend(enforcementAdmin, MARKET);
        uint64 expiresAt = START + consortium.PROPOSAL_LIFETIME();
        vm.warp(START + elapsed);
        bool open = START + elapsed < expiresAt;

        if (!open) {
            vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_ProposalExpired.selector, id, expiresAt));
        }
        vm.prank(trafficAdmin);
        consortium.approve(id);
        assertEq(consortium.hasApproved(id, TRAFFIC), open, "approval recorded");
    }
}
