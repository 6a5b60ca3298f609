// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {CaseTestBase} from "./CaseTestBase.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";

/// @notice The case lifecycle as the seed tells it (立案 → 调查 → 处罚决定 → 缴款 / 非诉执行 → 结案):
/// each step by the person the law names, its event, its stored effect, and each step refused
/// from a status it does not start from. Who may NOT act is in CaseAccess.t.sol; decision
/// validity in CaseDecision.t.sol; closing results in CaseClose.t.sol.
contract CaseLifecycleTest is CaseTestBase {
    // ------------------------------------------------------------ open

    function test_open_recordsCaseOwnedByOfficersDepartment() public {
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseOpened(CASE_ID, ENFORCEMENT, officer, CASE_TYPE_GREEN_SPACE, false, START);
        vm.prank(officer);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);

        CaseRegistry.CaseRecord memory c = cases.caseOf(CASE_ID);
        assertEq(c.owner, ENFORCEMENT, "owner");
        assertEq(uint256(c.status), uint256(ICaseRegistry.CaseStatus.Opened), "status");
        assertFalse(c.simple, "simple");
        assertEq(uint256(c.caseType), CASE_TYPE_GREEN_SPACE, "caseType");
        assertEq(uint256(c.openedAt), START, "openedAt");
        assertEq(uint256(c.result), uint256(ICaseRegistry.CloseResult.None), "result");
    }

    function test_open_simpleCaseByAnotherDepartment() public {
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseOpened(FIRE_LANE_CASE, FIRE, fireOfficer, CASE_TYPE_FIRE_LANE, true, START);
        vm.prank(fireOfficer);
        cases.open(FIRE_LANE_CASE, CASE_TYPE_FIRE_LANE, true);

        CaseRegistry.CaseRecord memory c = cases.caseOf(FIRE_LANE_CASE);
        assertEq(c.owner, FIRE, "owner");
        assertTrue(c.simple, "simple");
    }

    function test_RevertWhen_open_zeroCaseId() public {
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidCaseId.selector));
        vm.prank(officer);
        cases.open(bytes32(0), CASE_TYPE_GREEN_SPACE, false);
    }

    function test_RevertWhen_open_duplicateCaseId() public {
        _openCase(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_CaseExists.selector, CASE_ID));
        vm.prank(officer2);
        cases.open(CASE_ID, CASE_TYPE_DOG, true);
    }

    function test_RevertWhen_open_duplicateCaseIdByOtherDepartment() public {
        _openCase(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_CaseExists.selector, CASE_ID));
        vm.prank(trafficOfficer);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
    }

    function test_RevertWhen_open_closedCaseIdReused() public {
        _toClosed(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_CaseExists.selector, CASE_ID));
        vm.prank(officer);
        cases.open(CASE_ID, CASE_TYPE_GREEN_SPACE, false);
    }

    // ------------------------------------------------------------ startInvestigation

    function test_startInvestigation_byOfficer() public {
        _openCase(CASE_ID);
        vm.warp(START + 1 hours);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.InvestigationStarted(CASE_ID, officer2, START + 1 hours);
        vm.prank(officer2);
        cases.startInvestigation(CASE_ID);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Investigating), "status");
    }

    function test_startInvestigation_byCaptainOnly() public {
        _openCase(CASE_ID);
        vm.prank(captainOnly);
        cases.startInvestigation(CASE_ID);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Investigating), "status");
    }

    function test_RevertWhen_startInvestigation_simpleCase() public {
        _openSimple(SIMPLE_CASE);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_SimpleCase.selector, SIMPLE_CASE));
        vm.prank(officer);
        cases.startInvestigation(SIMPLE_CASE);
    }

    function test_RevertWhen_startInvestigation_alreadyInvestigating() public {
        _toInvestigating(CASE_ID);
        vm.expectRevert(
            _invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Investigating, ICaseRegistry.CaseStatus.Investigating)
        );
        vm.prank(officer);
        cases.startInvestigation(CASE_ID);
    }

    function test_RevertWhen_startInvestigation_closed() public {
        _toClosed(CASE_ID);
        vm.expectRevert(
            _invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Closed, ICaseRegistry.CaseStatus.Investigating)
        );
        vm.prank(officer);
        cases.startInvestigation(CASE_ID);
    }

    // ------------------------------------------------------------ decide

    function test_decide_normalCaseByCaptainFromInvestigating() public {
        _toInvestigating(CASE_ID);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseDecided(
            CASE_ID, captainOnly, d.decisionHash, d.provisionsHash, FINE, d.paymentDue, d.reviewDeadline, START
        );
        vm.prank(captainOnly);
        cases.decide(CASE_ID, d);

        CaseRegistry.CaseRecord memory c = cases.caseOf(CASE_ID);
        assertEq(uint256(c.status), uint256(ICaseRegistry.CaseStatus.Decided), "status");
        assertEq(uint256(c.fineFen), FINE, "fine");
        assertEq(uint256(c.paymentDue), d.paymentDue, "paymentDue");
        assertEq(uint256(c.reviewDeadline), d.reviewDeadline, "reviewDeadline");
    }

    function test_decide_simpleCaseByOfficerOnTheSpot() public {
        _openSimple(SIMPLE_CASE);
        CaseRegistry.Decision memory d = _decision(5000);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseDecided(
            SIMPLE_CASE, officer, d.decisionHash, d.provisionsHash, 5000, d.paymentDue, d.reviewDeadline, START
        );
        vm.prank(officer);
        cases.decide(SIMPLE_CASE, d);
        assertEq(_status(SIMPLE_CASE), uint256(ICaseRegistry.CaseStatus.Decided), "status");
    }

    function test_decide_simpleCaseByCaptain() public {
        _openSimple(SIMPLE_CASE);
        CaseRegistry.Decision memory d = _decision(0);
        vm.prank(captainOnly);
        cases.decide(SIMPLE_CASE, d);
        CaseRegistry.CaseRecord memory c = cases.caseOf(SIMPLE_CASE);
        assertEq(uint256(c.status), uint256(ICaseRegistry.CaseStatus.Decided), "status");
        assertEq(uint256(c.fineFen), 0, "a warning has no fine");
        assertEq(uint256(c.paymentDue), 0, "and no due date");
    }

    function test_RevertWhen_decide_normalCaseStillOpened() public {
        _openCase(CASE_ID);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Opened, ICaseRegistry.CaseStatus.Decided));
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_alreadyDecided() public {
        _toDecided(CASE_ID, FINE);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.expectRevert(_invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Decided, ICaseRegistry.CaseStatus.Decided));
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_simpleCaseAlreadyDecided() public {
        _openSimple(SIMPLE_CASE);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.prank(officer);
        cases.decide(SIMPLE_CASE, d);
        vm.expectRevert(
            _invalidTransition(SIMPLE_CASE, ICaseRegistry.CaseStatus.Decided, ICaseRegistry.CaseStatus.Decided)
        );
        vm.prank(officer);
        cases.decide(SIMPLE_CASE, d);
    }

    // ------------------------------------------------------------ recordPayment

    function test_recordPayment_movesDecidedToPaid() public {
        _toDecided(CASE_ID, FINE);
        vm.warp(START + 2 days);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.PaymentRecorded(CASE_ID, office, RECEIPT, START + 2 days);
        vm.prank(office);
        cases.recordPayment(CASE_ID, RECEIPT);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Paid), "status");
    }

    function test_recordPayment_lateButBeforeReferral() public {
        _toDecided(CASE_ID, FINE);
        vm.warp(cases.caseOf(CASE_ID).reviewDeadline + 30 days);
        vm.prank(captainOnly);
        cases.recordPayment(CASE_ID, RECEIPT);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Paid), "status");
    }

    function test_RevertWhen_recordPayment_zeroReceipt() public {
        _toDecided(CASE_ID, FINE);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidHash.selector));
        vm.prank(officer);
        cases.recordPayment(CASE_ID, bytes32(0));
    }

    function test_RevertWhen_recordPayment_noFine() public {
        _toDecided(CASE_ID, 0);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NoFine.selector, CASE_ID));
        vm.prank(officer);
        cases.recordPayment(CASE_ID, RECEIPT);
    }

    function test_RevertWhen_recordPayment_notDecidedYet() public {
        _toInvestigating(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NoFine.selector, CASE_ID));
        vm.prank(officer);
        cases.recordPayment(CASE_ID, RECEIPT);
    }

    function test_RevertWhen_recordPayment_alreadyPaid() public {
        _toPaid(CASE_ID);
        vm.expectRevert(_invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Paid, ICaseRegistry.CaseStatus.Paid));
        vm.prank(officer);
        cases.recordPayment(CASE_ID, RECEIPT);
    }

    function test_RevertWhen_recordPayment_referred() public {
        _toReferred(CASE_ID);
        vm.expectRevert(_invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Referred, ICaseRegistry.CaseStatus.Paid));
        vm.prank(officer);
        cases.recordPayment(CASE_ID, RECEIPT);
    }

    // ------------------------------------------------------------ recordReminder

    function test_recordReminder_afterPaymentDue() public {
        _toDecided(CASE_ID, FINE);
        uint64 due = cases.caseOf(CASE_ID).paymentDue;
        vm.warp(due + 1);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.ReminderRecorded(CASE_ID, office, NOTICE, due + 1);
        vm.prank(office);
        cases.recordReminder(CASE_ID, NOTICE);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Decided), "a reminder changes no status");
    }

    function test_recordReminder_byOfficerTwice() public {
        _toDecided(CASE_ID, FINE);
        vm.warp(cases.caseOf(CASE_ID).paymentDue + 1 days);
        vm.prank(officer);
        cases.recordReminder(CASE_ID, NOTICE);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.ReminderRecorded(CASE_ID, officer, keccak256("second"), uint64(block.timestamp));
        vm.prank(officer);
        cases.recordReminder(CASE_ID, keccak256("second"));
    }

    function test_RevertWhen_recordReminder_zeroHash() public {
        _toDecided(CASE_ID, FINE);
        vm.warp(cases.caseOf(CASE_ID).paymentDue + 1);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidHash.selector));
        vm.prank(officer);
        cases.recordReminder(CASE_ID, bytes32(0));
    }

    function test_RevertWhen_recordReminder_notOverdue() public {
        _toDecided(CASE_ID, FINE);
        uint64 due = cases.caseOf(CASE_ID).paymentDue;
        vm.warp(due); // the due date itself is still in time
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotOverdue.selector, CASE_ID, due));
        vm.prank(officer);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordReminder_noFine() public {
        _toDecided(CASE_ID, 0);
        vm.warp(START + 30 days);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NoFine.selector, CASE_ID));
        vm.prank(officer);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordReminder_paid() public {
        _toPaid(CASE_ID);
        vm.warp(START + 30 days);
        vm.expectRevert(_invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Paid, ICaseRegistry.CaseStatus.Decided));
        vm.prank(officer);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordReminder_investigating() public {
        _toInvestigating(CASE_ID);
        vm.expectRevert(
            _invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Investigating, ICaseRegistry.CaseStatus.Decided)
        );
        vm.prank(officer);
        cases.recordReminder(CASE_ID, NOTICE);
    }

    // ------------------------------------------------------------ referToCourt

    function test_referToCourt_afterReviewDeadlineUnpaid() public {
        _toDecided(CASE_ID, FINE);
        uint64 deadline = cases.caseOf(CASE_ID).reviewDeadline;
        vm.warp(deadline + 1);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.ReferredToCourt(CASE_ID, office, REFERRAL, deadline + 1);
        vm.prank(office);
        cases.referToCourt(CASE_ID, REFERRAL);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Referred), "status");
    }

    function test_referToCourt_officeNeedsNoCredential() public {
        _toDecided(CASE_ID, FINE);
        _expireCredentials(); // far past the review deadline; the office holds no enforcement credential
        vm.prank(office);
        cases.referToCourt(CASE_ID, REFERRAL);
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Referred), "status");
    }

    function test_RevertWhen_referToCourt_zeroHash() public {
        _toDecided(CASE_ID, FINE);
        vm.warp(cases.caseOf(CASE_ID).reviewDeadline + 1);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidHash.selector));
        vm.prank(office);
        cases.referToCourt(CASE_ID, bytes32(0));
    }

    function test_RevertWhen_referToCourt_reviewPeriodRunning() public {
        _toDecided(CASE_ID, FINE);
        uint64 deadline = cases.caseOf(CASE_ID).reviewDeadline;
        vm.warp(deadline); // the last day of the period is still inside it
        vm.expectRevert(
            abi.encodeWithSelector(CaseRegistry.CaseRegistry_ReviewPeriodRunning.selector, CASE_ID, deadline)
        );
        vm.prank(office);
        cases.referToCourt(CASE_ID, REFERRAL);
    }

    function test_RevertWhen_referToCourt_noFine() public {
        _toDecided(CASE_ID, 0);
        vm.warp(START + 365 days);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NoFine.selector, CASE_ID));
        vm.prank(office);
        cases.referToCourt(CASE_ID, REFERRAL);
    }

    function test_RevertWhen_referToCourt_paid() public {
        _toPaid(CASE_ID);
        vm.warp(cases.caseOf(CASE_ID).reviewDeadline + 1);
        vm.expectRevert(_invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Paid, ICaseRegistry.CaseStatus.Referred));
        vm.prank(office);
        cases.referToCourt(CASE_ID, REFERRAL);
    }

    function test_RevertWhen_referToCourt_alreadyReferred() public {
        _toReferred(CASE_ID);
        vm.expectRevert(
            _invalidTransition(CASE_ID, ICaseRegistry.CaseStatus.Referred, ICaseRegistry.CaseStatus.Referred)
        );
        vm.prank(office);
        cases.referToCourt(CASE_ID, REFERRAL);
    }

    // ------------------------------------------------------------ recordNotice

    function test_recordNotice_inEveryOpenStatus() public {
        bytes32[5] memory ids = [keccak256("n1"), keccak256("n2"), keccak256("n3"), keccak256("n4"), keccak256("n5")];
        _openCase(ids[0]);
        _toInvestigating(ids[1]);
        _toDecided(ids[2], FINE);
        _toPaid(ids[3]);
        _toReferred(ids[4]);
        for (uint256 i; i < 5; ++i) {
            uint256 before = _status(ids[i]);
            vm.expectEmit(true, true, true, true, address(cases));
            emit CaseRegistry.NoticeRecorded(ids[i], officer, NOTICE, uint64(block.timestamp));
            vm.prank(officer);
            cases.recordNotice(ids[i], NOTICE);
            assertEq(_status(ids[i]), before, "a notice changes no status");
        }
    }

    function test_recordNotice_byCaptainAndOffice() public {
        _openCase(CASE_ID);
        vm.prank(captainOnly);
        cases.recordNotice(CASE_ID, NOTICE);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.NoticeRecorded(CASE_ID, office, NOTICE, START);
        vm.prank(office);
        cases.recordNotice(CASE_ID, NOTICE);
    }

    function test_RevertWhen_recordNotice_zeroHash() public {
        _openCase(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidHash.selector));
        vm.prank(officer);
        cases.recordNotice(CASE_ID, bytes32(0));
    }

    function test_RevertWhen_recordNotice_closed() public {
        _toClosed(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_CaseClosed.selector, CASE_ID));
        vm.prank(officer);
        cases.recordNotice(CASE_ID, NOTICE);
    }

    // ------------------------------------------------------------ the seed, end to end

    /// @dev Officer opens and investigates, captain decides with a fine, the fine is paid, the
    /// captain closes with the penalty executed — all the same day.
    function test_seedCase_sameDay() public {
        _toInvestigating(CASE_ID);
        vm.warp(START + 3 hours);
        CaseRegistry.Decision memory d = _decision(FINE);
        vm.prank(captain);
        cases.decide(CASE_ID, d);
        vm.warp(START + 5 hours);
        vm.prank(officer);
        cases.recordPayment(CASE_ID, RECEIPT);
        vm.warp(START + 6 hours);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseClosed(
            CASE_ID, captain, ICaseRegistry.CloseResult.PenaltyExecuted, SUMMARY, START + 6 hours
        );
        vm.prank(captain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.PenaltyExecuted, SUMMARY);

        CaseRegistry.CaseRecord memory c = cases.caseOf(CASE_ID);
        assertEq(uint256(c.status), uint256(ICaseRegistry.CaseStatus.Closed), "status");
        assertEq(uint256(c.result), uint256(ICaseRegistry.CloseResult.PenaltyExecuted), "result");
        assertEq(uint256(c.fineFen), FINE, "the decision stays on record");
    }
}
