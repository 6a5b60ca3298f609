// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {CaseTestBase} from "./CaseTestBase.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice Who may NOT move a case: for each lifecycle function, a member of the entitled
/// department with the wrong role, a member of a department not entitled to the case, an
/// outsider, a holder of an expired enforcement credential, a member of a suspended department,
/// and an unknown case. Each is refused with its typed error and leaves the case as it was.
/// (Hand-off and transfer refusals are in CaseHandOffTransfer.t.sol.)
contract CaseAccessTest is CaseTestBase {
    uint16 internal constant OFFICER_OR_CAPTAIN = Roles.OFFICER | Roles.CAPTAIN;
    uint16 internal constant CASE_WORKERS = Roles.OFFICER | Roles.CAPTAIN | Roles.OFFICE;
    uint16 internal constant OFFICER_OR_OFFICE = Roles.OFFICER | Roles.OFFICE;

    // ------------------------------------------------------------ open (OFFICER of any department)

    function test_RevertWhen_open_byOffice() public {
        vm.expectRevert(_unauthorised(office, Roles.OFFICER));
        vm.prank(office);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
    }

    function test_RevertWhen_open_byCaptainWithoutOfficerRole() public {
        vm.expectRevert(_unauthorised(captainOnly, Roles.OFFICER));
        vm.prank(captainOnly);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
    }

    function test_RevertWhen_open_byCustodianOrAuditor() public {
        vm.expectRevert(_unauthorised(custodian, Roles.OFFICER));
        vm.prank(custodian);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
        vm.expectRevert(_unauthorised(auditor, Roles.OFFICER));
        vm.prank(auditor);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
        assertEq(_status(CASE_ID), 0, "nothing opened");
    }

    function test_RevertWhen_open_byOutsider() public {
        vm.expectRevert(_unauthorised(outsider, Roles.OFFICER));
        vm.prank(outsider);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
    }

    function test_RevertWhen_open_credentialExpired() public {
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, Roles.OFFICER));
        vm.prank(officer);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
    }

    function test_RevertWhen_open_departmentSuspended() public {
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(officer, Roles.OFFICER));
        vm.prank(officer);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
    }

    // ------------------------------------------------------------ startInvestigation (OFFICER | CAPTAIN)

    function test_RevertWhen_startInvestigation_byOffice() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(office, OFFICER_OR_CAPTAIN));
        vm.prank(office);
        cases.startInvestigation(CASE_ID);
    }

    function test_RevertWhen_startInvestigation_byOtherDepartment() public {
        _openCase(CASE_ID);
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficOfficer);
        cases.startInvestigation(CASE_ID);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Opened), "unchanged");
    }

    function test_RevertWhen_startInvestigation_byOutsider() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(outsider, OFFICER_OR_CAPTAIN));
        vm.prank(outsider);
        cases.startInvestigation(CASE_ID);
    }

    function test_RevertWhen_startInvestigation_credentialExpired() public {
        _openCase(CASE_ID);
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        vm.prank(officer);
        cases.startInvestigation(CASE_ID);
    }

    function test_RevertWhen_startInvestigation_departmentSuspended() public {
        _openCase(CASE_ID);
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        vm.prank(officer);
        cases.startInvestigation(CASE_ID);
    }

    function test_RevertWhen_startInvestigation_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(officer);
        cases.startInvestigation(UNKNOWN_CASE);
    }

    // ------------------------------------------------------------ decide (CAPTAIN; simple: OFFICER | CAPTAIN)

    function test_RevertWhen_decide_normalCaseByOfficer() public {
        _toInvestigating(CASE_ID);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_unauthorised(officer, Roles.CAPTAIN));
        vm.prank(officer);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_simpleCaseByOffice() public {
        _openSimple(SIMPLE_CASE);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_unauthorised(office, OFFICER_OR_CAPTAIN));
        vm.prank(office);
        cases.decide(SIMPLE_CASE, d);
    }

    function test_RevertWhen_decide_byOtherDepartmentsCaptain() public {
        _toInvestigating(CASE_ID);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficCaptain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_byOutsider() public {
        _toInvestigating(CASE_ID);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_unauthorised(outsider, Roles.CAPTAIN));
        vm.prank(outsider);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_credentialExpired() public {
        _toInvestigating(CASE_ID);
        _expireCredentials();
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_unauthorised(captain, Roles.CAPTAIN));
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_departmentSuspended() public {
        _toInvestigating(CASE_ID);
        _suspend(ENFORCEMENT);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_unauthorised(captain, Roles.CAPTAIN));
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_unknownCase() public {
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(captain);
        cases.decide(UNKNOWN_CASE, d);
    }

    // ------------------------------------------------------------ recordPayment (OFFICER | CAPTAIN | OFFICE)

    function test_RevertWhen_recordPayment_byAdmin() public {
        _toDecided(CASE_ID, FINE);
        vm.expectRevert(_unauthorised(enforcementAdmin, CASE_WORKERS));
        vm.prank(enforcementAdmin);
        cases.recordPayment(CASE_ID, RECEIPT);
    }

    function test_RevertWhen_recordPayment_byOtherDepartment() public {
        _toDecided(CASE_ID, FINE);
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficOffice);
        cases.recordPayment(CASE_ID, RECEIPT);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Decided), "unchanged");
    }

    function test_RevertWhen_recordPayment_byOutsider() public {
        _toDecided(CASE_ID, FINE);
        vm.expectRevert(_unauthorised(outsider, CASE_WORKERS));
        vm.prank(outsider);
        cases.recordPayment(CASE_ID, RECEIPT);
    }

    function test_RevertWhen_recordPayment_credentialExpired() public {
        _toDecided(CASE_ID, FINE);
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, CASE_WORKERS));
        vm.prank(officer);
        cases.recordPayment(CASE_ID, RECEIPT);
    }

    function test_RevertWhen_recordPayment_departmentSuspended() public {
        _toDecided(CASE_ID, FINE);
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(office, CASE_WORKERS));
        vm.prank(office);
        cases.recordPayment(CASE_ID, RECEIPT);
    }

    function test_RevertWhen_recordPayment_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(office);
        cases.recordPayment(UNKNOWN_CASE, RECEIPT);
    }

    // ------------------------------------------------------------ recordReminder (OFFICER | OFFICE)

    function _overdue() internal {
        _toDecided(CASE_ID, FINE);
        vm.warp(cases.caseOf(CASE_ID).paymentDue + 1);
    }

    function test_RevertWhen_recordReminder_byCaptainWithoutOfficerRole() public {
        _overdue();
        vm.expectRevert(_unauthorised(captainOnly, OFFICER_OR_OFFICE));
        vm.prank(captainOnly);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordReminder_byOtherDepartment() public {
        _overdue();
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficOfficer);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordReminder_byOutsider() public {
        _overdue();
        vm.expectRevert(_unauthorised(outsider, OFFICER_OR_OFFICE));
        vm.prank(outsider);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordReminder_credentialExpired() public {
        _overdue();
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_OFFICE));
        vm.prank(officer);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordReminder_departmentSuspended() public {
        _overdue();
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(office, OFFICER_OR_OFFICE));
        vm.prank(office);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordReminder_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(office);
        cases.recordReminder(UNKNOWN_CASE, NOTICE);
    }

    // ------------------------------------------------------------ referToCourt (OFFICE)

    function _reviewOver() internal {
        _toDecided(CASE_ID, FINE);
        vm.warp(cases.caseOf(CASE_ID).reviewDeadline + 1);
    }

    function test_RevertWhen_referToCourt_byCaptain() public {
        _reviewOver();
        vm.expectRevert(_unauthorised(captain, Roles.OFFICE));
        vm.prank(captain);
        cases.referToCourt(CASE_ID, REFERRAL);
    }

    function test_RevertWhen_referToCourt_byOtherDepartmentsOffice() public {
        _reviewOver();
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficOffice);
        cases.referToCourt(CASE_ID, REFERRAL);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Decided), "unchanged");
    }

    function test_RevertWhen_referToCourt_byOutsider() public {
        _reviewOver();
        vm.expectRevert(_unauthorised(outsider, Roles.OFFICE));
        vm.prank(outsider);
        cases.referToCourt(CASE_ID, REFERRAL);
    }

    function test_RevertWhen_referToCourt_departmentSuspended() public {
        _reviewOver();
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(office, Roles.OFFICE));
        vm.prank(office);
        cases.referToCourt(CASE_ID, REFERRAL);
    }

    function test_RevertWhen_referToCourt_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(office);
        cases.referToCourt(UNKNOWN_CASE, REFERRAL);
    }

    // ------------------------------------------------------------ recordNotice (OFFICER | CAPTAIN | OFFICE)

    function test_RevertWhen_recordNotice_byAdmin() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(enforcementAdmin, CASE_WORKERS));
        vm.prank(enforcementAdmin);
        cases.recordNotice(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordNotice_byOtherDepartment() public {
        _openCase(CASE_ID);
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficOfficer);
        cases.recordNotice(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordNotice_byOutsider() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(outsider, CASE_WORKERS));
        vm.prank(outsider);
        cases.recordNotice(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordNotice_credentialExpired() public {
        _openCase(CASE_ID);
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, CASE_WORKERS));
        vm.prank(officer);
        cases.recordNotice(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordNotice_departmentSuspended() public {
        _openCase(CASE_ID);
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(officer, CASE_WORKERS));
        vm.prank(officer);
        cases.recordNotice(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordNotice_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(officer);
        cases.recordNotice(UNKNOWN_CASE, NOTICE);
    }

    // ------------------------------------------------------------ close (CAPTAIN; simple: OFFICER | CAPTAIN)

    function test_RevertWhen_close_normalCaseByOfficer() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(officer, Roles.CAPTAIN));
        vm.prank(officer);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
    }

    function test_RevertWhen_close_simpleCaseByOffice() public {
        _openSimple(SIMPLE_CASE);
        vm.expectRevert(_unauthorised(office, OFFICER_OR_CAPTAIN));
        vm.prank(office);
        cases.close(SIMPLE_CASE, ICaseRegistry.CloseResult.NoPenalty, SUMMARY);
    }

    function test_RevertWhen_close_byOtherDepartmentsCaptain() public {
        _openCase(CASE_ID);
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficCaptain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Opened), "unchanged");
    }

    function test_RevertWhen_close_byOutsider() public {
        _openCase(CASE_ID);
        vm.expectRevert(_unauthorised(outsider, Roles.CAPTAIN));
        vm.prank(outsider);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
    }

    function test_RevertWhen_close_credentialExpired() public {
        _openCase(CASE_ID);
        _expireCredentials();
        vm.expectRevert(_unauthorised(captain, Roles.CAPTAIN));
        vm.prank(captain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
    }

    function test_RevertWhen_close_departmentSuspended() public {
        _openCase(CASE_ID);
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(captain, Roles.CAPTAIN));
        vm.prank(captain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
    }

    function test_RevertWhen_close_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(captain);
        cases.close(UNKNOWN_CASE, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
    }

    // ------------------------------------------------------------ a member who moved is judged by the new roles

    function test_RevertWhen_officerDemotedToOffice() public {
        _openCase(CASE_ID);
        vm.prank(enforcementAdmin);
        consortium.setMember(officer2, Roles.OFFICE, bytes32(0), 0);
        vm.expectRevert(_unauthorised(officer2, OFFICER_OR_CAPTAIN));
        vm.prank(officer2);
        cases.startInvestigation(CASE_ID);
    }

    function test_RevertWhen_memberRemoved() public {
        _openCase(CASE_ID);
        vm.prank(enforcementAdmin);
        consortium.removeMember(officer2);
        vm.expectRevert(_unauthorised(officer2, OFFICER_OR_CAPTAIN));
        vm.prank(officer2);
        cases.startInvestigation(CASE_ID);
    }
}
