// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {CaseTestBase} from "./CaseTestBase.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";

/// @notice What a valid penalty decision (处罚决定书) is: both document hashes set; a review /
/// litigation deadline in the future that fits the stored 40 bits; a fine due after now and no
/// later than the review deadline, or no fine and no due date. And how the two dates later gate
/// the overdue reminder (after the due date) and the court referral (after the review deadline).
contract CaseDecisionTest is CaseTestBase {
    function setUp() public override {
        super.setUp();
        _toInvestigating(CASE_ID);
    }

    function _expectInvalid() internal {
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidDecision.selector, CASE_ID));
    }

    function _now() internal view returns (uint64) {
        return uint64(block.timestamp);
    }

    // ------------------------------------------------------------ unit

    function test_RevertWhen_decide_zeroDecisionHash() public {
        CaseRegistry.Decision memory d = _decision(FINE);
        d.decisionHash = bytes32(0);
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_zeroProvisionsHash() public {
        CaseRegistry.Decision memory d = _decision(FINE);
        d.provisionsHash = bytes32(0);
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_paymentDueInThePast() public {
        CaseRegistry.Decision memory d = _decision(FINE);
        d.paymentDue = _now() - 1;
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_paymentDueNow() public {
        CaseRegistry.Decision memory d = _decision(FINE);
        d.paymentDue = _now();
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_fineWithoutPaymentDue() public {
        CaseRegistry.Decision memory d = _decision(FINE);
        d.paymentDue = 0;
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_paymentDueAfterReviewDeadline() public {
        CaseRegistry.Decision memory d = _decision(FINE);
        d.paymentDue = d.reviewDeadline + 1;
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_decide_paymentDueOnReviewDeadline() public {
        CaseRegistry.Decision memory d = _decision(FINE);
        d.paymentDue = d.reviewDeadline;
        vm.prank(captain);
        cases.decide(CASE_ID, d);
        assertEq(uint256(cases.caseOf(CASE_ID).paymentDue), d.reviewDeadline, "paymentDue");
    }

    function test_RevertWhen_decide_noFineWithPaymentDue() public {
        CaseRegistry.Decision memory d = _decision(0);
        d.paymentDue = _now() + 15 days;
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_reviewDeadlineInThePast() public {
        vm.warp(START + 10 days);
        CaseRegistry.Decision memory d = _decision(0);
        d.reviewDeadline = START;
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_reviewDeadlineNow() public {
        CaseRegistry.Decision memory d = _decision(0);
        d.reviewDeadline = _now();
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_RevertWhen_decide_reviewDeadlineBeyondUint40() public {
        CaseRegistry.Decision memory d = _decision(0);
        d.reviewDeadline = uint64(type(uint40).max) + 1;
        _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);
    }

    function test_decide_datesAtUint40Max() public {
        CaseRegistry.Decision memory d = _decision(type(uint64).max);
        d.reviewDeadline = type(uint40).max;
        d.paymentDue = type(uint40).max;
        vm.prank(captain);
        cases.decide(CASE_ID, d);
        CaseRegistry.CaseRecord memory c = cases.caseOf(CASE_ID);
        assertEq(uint256(c.reviewDeadline), type(uint40).max, "reviewDeadline");
        assertEq(uint256(c.paymentDue), type(uint40).max, "paymentDue");
        assertEq(uint256(c.fineFen), type(uint64).max, "fine");
    }

    // ------------------------------------------------------------ fuzz

    /// @dev The contract's decision check agrees with the rule, written out independently, for
    /// dates around every boundary (past, now, due = deadline, 40-bit limit and beyond).
    function testFuzz_decide_dateValidation(uint64 fineSeed, uint256 dueSeed, uint256 reviewSeed, uint32 elapsed)
        public
    {
        vm.warp(START + bound(elapsed, 0, 300 days));
        uint64 now_ = _now();
        uint64 review = uint64(bound(reviewSeed, now_ - 2, uint256(type(uint40).max) + 2));
        uint64 fine = fineSeed % 3 == 0 ? 0 : fineSeed;
        uint64 due = dueSeed % 4 == 0 ? 0 : uint64(bound(dueSeed, now_ - 2, uint256(review) + 2));

        bool valid = review > now_ && review <= type(uint40).max && (fine == 0 ? due == 0 : due > now_ && due <= review);

        CaseRegistry.Decision memory d = _decision(0);
        d.fineFen = fine;
        d.paymentDue = due;
        d.reviewDeadline = review;
        if (!valid) _expectInvalid();
        vm.prank(captain);
        cases.decide(CASE_ID, d);

        CaseRegistry.CaseRecord memory c = cases.caseOf(CASE_ID);
        assertEq(
            uint256(c.status),
            uint256(valid ? ICaseRegistry.CaseStatus.Decided : ICaseRegistry.CaseStatus.Investigating),
            "status"
        );
        if (valid) {
            assertEq(uint256(c.fineFen), fine, "fine");
            assertEq(uint256(c.paymentDue), due, "paymentDue");
            assertEq(uint256(c.reviewDeadline), review, "reviewDeadline");
        }
    }

    /// @dev Reminders are possible strictly after the due date, referral strictly after the
    /// review deadline — at any time around those boundaries.
    function testFuzz_reminderAndReferral_boundaries(uint64 fine, uint32 dueIn, uint32 gap, uint256 when) public {
        fine = uint64(bound(fine, 1, type(uint64).max));
        uint64 due = _now() + uint64(bound(dueIn, 1, 90 days));
        uint64 review = due + uint64(bound(gap, 0, 180 days));
        CaseRegistry.Decision memory d = _decision(fine);
        d.paymentDue = due;
        d.reviewDeadline = review;
        vm.prank(captain);
        cases.decide(CASE_ID, d);

        uint64 t = uint64(bound(when, _now(), uint256(review) + 2));
        vm.warp(t);

        if (t <= due) {
            vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotOverdue.selector, CASE_ID, due));
        } else {
            vm.expectEmit(true, true, true, true, address(cases));
            emit CaseRegistry.ReminderRecorded(CASE_ID, office, NOTICE, t);
        }
        vm.prank(office);
        cases.recordReminder(CASE_ID, NOTICE);

        if (t <= review) {
            vm.expectRevert(
                abi.encodeWithSelector(CaseRegistry.CaseRegistry_ReviewPeriodRunning.selector, CASE_ID, review)
            );
        }
        vm.prank(office);
        cases.referToCourt(CASE_ID, REFERRAL);
        assertEq(
            _status(CASE_ID),
            uint256(t > review ? ICaseRegistry.CaseStatus.Referred : ICaseRegistry.CaseStatus.Decided),
            "status after referral attempt"
        );
    }
}
