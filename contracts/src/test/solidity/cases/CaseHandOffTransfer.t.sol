// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {CaseTestBase} from "./CaseTestBase.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice Sharing a case between departments. A hand-off (一件事: the fire brigade tickets a car
/// in a fire lane, the traffic police notify the owner) lets another department act at once while
/// the owner stays; a transfer of ownership is proposed by the owner's CAPTAIN and takes effect
/// only when a CAPTAIN of the receiving department accepts — then the former owner loses its
/// rights. Who may not do each of these, and when, is tested alongside.
contract CaseHandOffTransferTest is CaseTestBase {
    uint16 internal constant OFFICER_OR_CAPTAIN = Roles.OFFICER | Roles.CAPTAIN;
    bytes32 internal constant NOT_A_DEPARTMENT = "JB-NONE";

    function _notOwner(bytes32 caseId, bytes32 department) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotOwner.selector, caseId, department);
    }

    function _closed(bytes32 caseId) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(CaseRegistry.CaseRegistry_CaseClosed.selector, caseId);
    }

    function _invalidDepartment(bytes32 department) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidDepartment.selector, department);
    }

    function _handOff(bytes32 caseId, bytes32 to) internal {
        vm.prank(officer);
        cases.handOff(caseId, to);
    }

    function _propose(bytes32 caseId, bytes32 to) internal {
        vm.prank(captain);
        cases.proposeTransfer(caseId, to);
    }

    // ================================================================ hand-off

    /// @dev The article's fire-lane flow: the fire brigade opens and hands off; a traffic officer
    /// serves the notice to the car's owner in the same block.
    function test_handOff_fireLaneOneThing() public {
        vm.prank(fireOfficer);
        cases.open(FIRE_LANE_CASE, CASE_TYPE_FIRE_LANE, false);

        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseHandedOff(FIRE_LANE_CASE, FIRE, TRAFFIC, fireOfficer, START);
        vm.prank(fireOfficer);
        cases.handOff(FIRE_LANE_CASE, TRAFFIC);

        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.NoticeRecorded(FIRE_LANE_CASE, trafficOfficer, NOTICE, START);
        vm.prank(trafficOfficer);
        cases.recordNotice(FIRE_LANE_CASE, NOTICE);

        assertEq(cases.caseOf(FIRE_LANE_CASE).owner, FIRE, "fire brigade still owns the case");
        assertTrue(cases.isHandedOffTo(FIRE_LANE_CASE, TRAFFIC), "handed off to traffic");
        assertTrue(cases.isEntitled(FIRE_LANE_CASE, TRAFFIC), "traffic entitled");
        assertFalse(cases.isEntitled(FIRE_LANE_CASE, HOUSING), "housing not involved");
        assertEq(cases.requireActor(FIRE_LANE_CASE, trafficOfficer, Roles.OFFICER), TRAFFIC, "traffic acts");
    }

    function test_handOff_receiverMovesTheCase() public {
        _openCase(CASE_ID);
        _handOff(CASE_ID, TRAFFIC);
        vm.prank(trafficOfficer);
        cases.startInvestigation(CASE_ID);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.prank(trafficCaptain);
        cases.decide(CASE_ID, d);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Decided), "decided by the receiver");
        assertEq(cases.caseOf(CASE_ID).owner, ENFORCEMENT, "owner unchanged");
    }

    function test_handOff_byCaptainToSeveralDepartments() public {
        _openCase(CASE_ID);
        vm.prank(captainOnly);
        cases.handOff(CASE_ID, TRAFFIC);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseHandedOff(CASE_ID, ENFORCEMENT, HOUSING, captainOnly, START);
        vm.prank(captainOnly);
        cases.handOff(CASE_ID, HOUSING);
        assertTrue(cases.isEntitled(CASE_ID, TRAFFIC) && cases.isEntitled(CASE_ID, HOUSING), "both entitled");
        assertFalse(cases.isEntitled(CASE_ID, FIRE), "fire not");
    }

    function test_RevertWhen_handOff_byOffice() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(office, OFFICER_OR_CAPTAIN));
        vm.prank(office);
        cases.handOff(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_handOff_byOtherDepartment() public {
        _openCase(CASE_ID);
        vm.expectRevert(_notOwner(CASE_ID, TRAFFIC));
        vm.prank(trafficOfficer);
        cases.handOff(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_handOff_byHandedOffDepartment() public {
        _openCase(CASE_ID);
        _handOff(CASE_ID, TRAFFIC);
        vm.expectRevert(_notOwner(CASE_ID, TRAFFIC));
        vm.prank(trafficOfficer);
        cases.handOff(CASE_ID, FIRE);
        assertFalse(cases.isEntitled(CASE_ID, FIRE), "a receiver cannot pass the case on");
    }

    function test_RevertWhen_handOff_byOutsider() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(outsider, OFFICER_OR_CAPTAIN));
        vm.prank(outsider);
        cases.handOff(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_handOff_credentialExpired() public {
        _openCase(CASE_ID);
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_handOff_ownerSuspended() public {
        _openCase(CASE_ID);
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_handOff_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(officer);
        cases.handOff(UNKNOWN_CASE, TRAFFIC);
    }

    function test_RevertWhen_handOff_closedCase() public {
        _toClosed(CASE_ID);
        vm.expectRevert(_closed(CASE_ID));
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_handOff_toOwner() public {
        _openCase(CASE_ID);
        vm.expectRevert(
            abi.encodeWithSelector(CaseRegistry.CaseRegistry_AlreadyEntitled.selector, CASE_ID, ENFORCEMENT)
        );
        vm.prank(officer);
        cases.handOff(CASE_ID, ENFORCEMENT);
    }

    function test_RevertWhen_handOff_twice() public {
        _openCase(CASE_ID);
        _handOff(CASE_ID, TRAFFIC);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_AlreadyEntitled.selector, CASE_ID, TRAFFIC));
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_handOff_toUnknownOrZeroDepartment() public {
        _openCase(CASE_ID);
        vm.expectRevert(_invalidDepartment(NOT_A_DEPARTMENT));
        vm.prank(officer);
        cases.handOff(CASE_ID, NOT_A_DEPARTMENT);
        vm.expectRevert(_invalidDepartment(bytes32(0)));
        vm.prank(officer);
        cases.handOff(CASE_ID, bytes32(0));
    }

    function test_RevertWhen_handOff_toSuspendedDepartment() public {
        _openCase(CASE_ID);
        _suspend(TRAFFIC);
        vm.expectRevert(_invalidDepartment(TRAFFIC));
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_handedOffDepartmentSuspended() public {
        _openCase(CASE_ID);
        _handOff(CASE_ID, TRAFFIC);
        _suspend(TRAFFIC);
        vm.expectRevert(_unauthorised(trafficOfficer, Roles.OFFICER | Roles.CAPTAIN | Roles.OFFICE));
        vm.prank(trafficOfficer);
        cases.recordNotice(CASE_ID, NOTICE);
    }

    // ================================================================ proposeTransfer

    function test_proposeTransfer_recordsPending() public {
        _openCase(CASE_ID);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.TransferProposed(CASE_ID, ENFORCEMENT, TRAFFIC, captain, START);
        _propose(CASE_ID, TRAFFIC);
        assertEq(cases.pendingTransferOf(CASE_ID), TRAFFIC, "pending");
        assertEq(cases.caseOf(CASE_ID).owner, ENFORCEMENT, "owner until accepted");
        assertFalse(cases.isEntitled(CASE_ID, TRAFFIC), "a proposal entitles nobody");
    }

    function test_proposeTransfer_replacesPending() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.TransferProposed(CASE_ID, ENFORCEMENT, FIRE, captain, START);
        _propose(CASE_ID, FIRE);
        assertEq(cases.pendingTransferOf(CASE_ID), FIRE, "replaced");
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotTransferee.selector, CASE_ID, TRAFFIC));
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_proposeTransfer_byOfficer() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(officer, Roles.CAPTAIN));
        vm.prank(officer);
        cases.proposeTransfer(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_proposeTransfer_byOtherDepartmentsCaptain() public {
        _openCase(CASE_ID);
        vm.expectRevert(_notOwner(CASE_ID, TRAFFIC));
        vm.prank(trafficCaptain);
        cases.proposeTransfer(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_proposeTransfer_byHandedOffDepartment() public {
        _openCase(CASE_ID);
        _handOff(CASE_ID, TRAFFIC);
        vm.expectRevert(_notOwner(CASE_ID, TRAFFIC));
        vm.prank(trafficCaptain);
        cases.proposeTransfer(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_proposeTransfer_byOutsider() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(outsider, Roles.CAPTAIN));
        vm.prank(outsider);
        cases.proposeTransfer(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_proposeTransfer_credentialExpired() public {
        _openCase(CASE_ID);
        _expireCredentials();
        vm.expectRevert(_unauthorised(captain, Roles.CAPTAIN));
        vm.prank(captain);
        cases.proposeTransfer(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_proposeTransfer_ownerSuspended() public {
        _openCase(CASE_ID);
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(captain, Roles.CAPTAIN));
        vm.prank(captain);
        cases.proposeTransfer(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_proposeTransfer_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(captain);
        cases.proposeTransfer(UNKNOWN_CASE, TRAFFIC);
    }

    function test_RevertWhen_proposeTransfer_closedCase() public {
        _toClosed(CASE_ID);
        vm.expectRevert(_closed(CASE_ID));
        vm.prank(captain);
        cases.proposeTransfer(CASE_ID, TRAFFIC);
    }

    function test_RevertWhen_proposeTransfer_toOwnerOrInactiveDepartment() public {
        _openCase(CASE_ID);
        _suspend(FIRE);
        vm.expectRevert(_invalidDepartment(ENFORCEMENT));
        vm.prank(captain);
        cases.proposeTransfer(CASE_ID, ENFORCEMENT);
        vm.expectRevert(_invalidDepartment(FIRE));
        vm.prank(captain);
        cases.proposeTransfer(CASE_ID, FIRE);
        vm.expectRevert(_invalidDepartment(NOT_A_DEPARTMENT));
        vm.prank(captain);
        cases.proposeTransfer(CASE_ID, NOT_A_DEPARTMENT);
        assertEq(cases.pendingTransferOf(CASE_ID), bytes32(0), "nothing pending");
    }

    // ================================================================ cancelTransfer

    function test_cancelTransfer_clearsPending() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.warp(START + 1 hours);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.TransferCancelled(CASE_ID, TRAFFIC, captainOnly, START + 1 hours);
        vm.prank(captainOnly);
        cases.cancelTransfer(CASE_ID);
        assertEq(cases.pendingTransferOf(CASE_ID), bytes32(0), "cleared");
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NoPendingTransfer.selector, CASE_ID));
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_cancelTransfer_nothingPending() public {
        _openCase(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NoPendingTransfer.selector, CASE_ID));
        vm.prank(captain);
        cases.cancelTransfer(CASE_ID);
    }

    function test_RevertWhen_cancelTransfer_byOfficer() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.expectRevert(_unauthorised(officer, Roles.CAPTAIN));
        vm.prank(officer);
        cases.cancelTransfer(CASE_ID);
    }

    function test_RevertWhen_cancelTransfer_byReceivingDepartment() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.expectRevert(_notOwner(CASE_ID, TRAFFIC));
        vm.prank(trafficCaptain);
        cases.cancelTransfer(CASE_ID);
        assertEq(cases.pendingTransferOf(CASE_ID), TRAFFIC, "still pending");
    }

    function test_RevertWhen_cancelTransfer_byOutsider() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.expectRevert(_unauthorised(outsider, Roles.CAPTAIN));
        vm.prank(outsider);
        cases.cancelTransfer(CASE_ID);
    }

    function test_RevertWhen_cancelTransfer_credentialExpired() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        _expireCredentials();
        vm.expectRevert(_unauthorised(captain, Roles.CAPTAIN));
        vm.prank(captain);
        cases.cancelTransfer(CASE_ID);
    }

    function test_RevertWhen_cancelTransfer_ownerSuspended() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(captain, Roles.CAPTAIN));
        vm.prank(captain);
        cases.cancelTransfer(CASE_ID);
    }

    function test_RevertWhen_cancelTransfer_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(captain);
        cases.cancelTransfer(UNKNOWN_CASE);
    }

    function test_RevertWhen_cancelTransfer_closedCase() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.prank(captain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
        vm.expectRevert(_closed(CASE_ID));
        vm.prank(captain);
        cases.cancelTransfer(CASE_ID);
    }

    // ================================================================ acceptTransfer

    function test_acceptTransfer_receiverBecomesOwnerFormerOwnerLosesRights() public {
        _toInvestigating(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.warp(START + 1 days);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseTransferred(CASE_ID, ENFORCEMENT, TRAFFIC, trafficCaptain, START + 1 days);
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);

        assertEq(cases.caseOf(CASE_ID).owner, TRAFFIC, "new owner");
        assertEq(cases.pendingTransferOf(CASE_ID), bytes32(0), "pending cleared");
        assertFalse(cases.isEntitled(CASE_ID, ENFORCEMENT), "former owner not entitled");
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Investigating), "status kept");

        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_notEntitled(CASE_ID, ENFORCEMENT));
        vm.prank(captain);
        cases.decide(CASE_ID, d);
        vm.expectRevert(_notOwner(CASE_ID, ENFORCEMENT));
        vm.prank(captain);
        cases.handOff(CASE_ID, ENFORCEMENT);

        vm.prank(trafficCaptain);
        cases.decide(CASE_ID, d);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Decided), "the new owner decides");
    }

    function test_acceptTransfer_byHandedOffDepartmentClearsItsHandOff() public {
        _openCase(CASE_ID);
        _handOff(CASE_ID, TRAFFIC);
        _handOff(CASE_ID, FIRE);
        _propose(CASE_ID, TRAFFIC);
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
        assertFalse(cases.isHandedOffTo(CASE_ID, TRAFFIC), "owner, no longer a receiver");
        assertTrue(cases.isEntitled(CASE_ID, TRAFFIC), "entitled as owner");
        assertTrue(cases.isHandedOffTo(CASE_ID, FIRE), "other hand-offs stay");
        // the new owner may hand the case back to the former owner
        vm.prank(trafficOfficer);
        cases.handOff(CASE_ID, ENFORCEMENT);
        assertTrue(cases.isEntitled(CASE_ID, ENFORCEMENT), "handed back");
    }

    function test_RevertWhen_acceptTransfer_byReceiversOfficer() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.expectRevert(_unauthorised(trafficOfficer, Roles.CAPTAIN));
        vm.prank(trafficOfficer);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_acceptTransfer_byOtherDepartmentsCaptain() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotTransferee.selector, CASE_ID, FIRE));
        vm.prank(fireCaptain);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_acceptTransfer_byOwnersCaptain() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotTransferee.selector, CASE_ID, ENFORCEMENT));
        vm.prank(captain);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_acceptTransfer_byOutsider() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.expectRevert(_unauthorised(outsider, Roles.CAPTAIN));
        vm.prank(outsider);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_acceptTransfer_credentialExpired() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        _expireCredentials();
        vm.expectRevert(_unauthorised(trafficCaptain, Roles.CAPTAIN));
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_acceptTransfer_receiverSuspended() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        _suspend(TRAFFIC);
        vm.expectRevert(_unauthorised(trafficCaptain, Roles.CAPTAIN));
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
        assertEq(cases.caseOf(CASE_ID).owner, ENFORCEMENT, "owner unchanged");
    }

    function test_RevertWhen_acceptTransfer_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(trafficCaptain);
        cases.acceptTransfer(UNKNOWN_CASE);
    }

    function test_RevertWhen_acceptTransfer_nothingPending() public {
        _openCase(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NoPendingTransfer.selector, CASE_ID));
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_acceptTransfer_closedAfterProposal() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.prank(captain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
        vm.expectRevert(_closed(CASE_ID));
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
    }

    function test_RevertWhen_acceptTransfer_twice() public {
        _openCase(CASE_ID);
        _propose(CASE_ID, TRAFFIC);
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NoPendingTransfer.selector, CASE_ID));
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
    }
}
