// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {CaseTestBase} from "./CaseTestBase.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice The read side other contracts and the SDK rely on: caseOf, statusOf, isEntitled,
/// isHandedOffTo, pendingTransferOf, consortium, and requireActor — the check the evidence,
/// letter and request registries delegate to (its three refusals included).
contract CaseViewsTest is CaseTestBase {
    function test_views_unknownCaseIsAllZero() public view {
        CaseRegistry.CaseRecord memory c = cases.caseOf(UNKNOWN_CASE);
        assertEq(c.owner, bytes32(0), "owner");
        assertEq(uint256(c.status), uint256(ICaseRegistry.CaseStatus.None), "status");
        assertEq(uint256(c.openedAt), 0, "openedAt");
        assertEq(_status(UNKNOWN_CASE), uint256(ICaseRegistry.CaseStatus.None), "statusOf");
        assertEq(cases.pendingTransferOf(UNKNOWN_CASE), bytes32(0), "pending");
        assertFalse(cases.isEntitled(UNKNOWN_CASE, ENFORCEMENT), "nobody entitled");
    }

    function test_isEntitled_zeroDepartmentNeverEntitled() public {
        _openCase(CASE_ID);
        // An unknown case has owner zero: without the explicit check, department zero would match it.
        assertFalse(cases.isEntitled(UNKNOWN_CASE, bytes32(0)), "zero department, unknown case");
        assertFalse(cases.isEntitled(CASE_ID, bytes32(0)), "zero department, known case");
    }

    function test_isEntitled_ownerAndHandedOffOnly() public {
        _openCase(CASE_ID);
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
        assertTrue(cases.isEntitled(CASE_ID, ENFORCEMENT), "owner");
        assertTrue(cases.isEntitled(CASE_ID, TRAFFIC), "handed off");
        assertFalse(cases.isEntitled(CASE_ID, FIRE), "other");
        assertFalse(cases.isHandedOffTo(CASE_ID, ENFORCEMENT), "the owner is not a receiver");
        assertTrue(cases.isHandedOffTo(CASE_ID, TRAFFIC), "receiver");
    }

    function test_pendingTransferOf_followsProposeAndCancel() public {
        _openCase(CASE_ID);
        vm.prank(captain);
        cases.proposeTransfer(CASE_ID, MARKET);
        assertEq(cases.pendingTransferOf(CASE_ID), MARKET, "proposed");
        vm.prank(captain);
        cases.cancelTransfer(CASE_ID);
        assertEq(cases.pendingTransferOf(CASE_ID), bytes32(0), "cancelled");
    }

    function test_consortium_isTheRegistryRolesAreCheckedAgainst() public view {
        assertEq(address(cases.consortium()), address(consortium), "consortium");
    }

    function test_statusOf_followsTheCase() public {
        _toReferred(CASE_ID);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Referred), "referred");
        CaseRegistry.CaseRecord memory c = cases.caseOf(CASE_ID);
        assertEq(uint256(c.status), _status(CASE_ID), "caseOf agrees");
    }

    // ------------------------------------------------------------ requireActor

    function test_requireActor_returnsActorsDepartment() public {
        _openCase(CASE_ID);
        vm.prank(officer);
        cases.handOff(CASE_ID, FIRE);
        assertEq(cases.requireActor(CASE_ID, officer, Roles.OFFICER), ENFORCEMENT, "owner's officer");
        assertEq(cases.requireActor(CASE_ID, office, Roles.OFFICE | Roles.AUDITOR), ENFORCEMENT, "any of the roles");
        assertEq(cases.requireActor(CASE_ID, fireCaptain, Roles.CAPTAIN), FIRE, "receiver's captain");
    }

    function test_RevertWhen_requireActor_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        cases.requireActor(UNKNOWN_CASE, officer, Roles.OFFICER);
    }

    function test_RevertWhen_requireActor_notEntitled() public {
        _openCase(CASE_ID);
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        cases.requireActor(CASE_ID, trafficOfficer, Roles.OFFICER);
    }

    function test_RevertWhen_requireActor_wrongRoleOutsiderExpiredSuspended() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(office, Roles.OFFICER));
        cases.requireActor(CASE_ID, office, Roles.OFFICER);
        vm.expectRevert(_unauthorised(outsider, Roles.ALL));
        cases.requireActor(CASE_ID, outsider, Roles.ALL);

        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, Roles.OFFICER));
        cases.requireActor(CASE_ID, officer, Roles.OFFICER);
        assertEq(cases.requireActor(CASE_ID, office, Roles.OFFICE), ENFORCEMENT, "office needs no credential");

        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(office, Roles.OFFICE));
        cases.requireActor(CASE_ID, office, Roles.OFFICE);
    }

    // ------------------------------------------------------------ fuzz

    /// @dev Any non-zero id opens, once, owned by the opener's department only.
    function testFuzz_open_anyIdAndType(bytes32 caseId, uint16 caseType, bool simple, uint8 who) public {
        if (caseId == bytes32(0)) caseId = CASE_ID;
        address[3] memory openers = [officer, trafficOfficer, fireOfficer];
        bytes32[3] memory departments = [ENFORCEMENT, TRAFFIC, FIRE];
        uint256 i = bound(who, 0, 2);

        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseOpened(caseId, departments[i], openers[i], caseType, simple, START);
        vm.prank(openers[i]);
        cases.open(caseId, caseType, simple);

        CaseRegistry.CaseRecord memory c = cases.caseOf(caseId);
        assertEq(c.owner, departments[i], "owner");
        assertEq(uint256(c.caseType), caseType, "type");
        assertEq(c.simple, simple, "simple");
        assertEq(cases.isEntitled(caseId, departments[(i + 1) % 3]), false, "others not entitled");

        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_CaseExists.selector, caseId));
        vm.prank(openers[(i + 1) % 3]);
        cases.open(caseId, caseType, simple);
    }
}
