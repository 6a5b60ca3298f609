// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {CaseTestBase} from "./CaseTestBase.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";

/// @notice Closing (结案): which result each status may close with. Allowed:
/// Opened / Investigating → NoPenalty or Dismissed; Decided without a fine, Paid, Referred →
/// PenaltyExecuted; Referred → Dismissed (the court refused enforcement). Everything else —
/// result None, a Decided case whose fine is unpaid, an already closed case — is refused.
contract CaseCloseTest is CaseTestBase {
    // Status scenarios, in this order.
    uint8 internal constant OPENED = 0;
    uint8 internal constant INVESTIGATING = 1;
    uint8 internal constant DECIDED_NO_FINE = 2;
    uint8 internal constant DECIDED_FINE = 3;
    uint8 internal constant PAID = 4;
    uint8 internal constant REFERRED = 5;
    uint8 internal constant CLOSED = 6;
    uint8 internal constant SCENARIOS = 7;

    /// @dev The table from the contract's documentation, written out on its own.
    function _allowed(uint8 scenario, ICaseRegistry.CloseResult r) internal pure returns (bool) {
        if (scenario == OPENED || scenario == INVESTIGATING) {
            return r == ICaseRegistry.CloseResult.NoPenalty || r == ICaseRegistry.CloseResult.Dismissed;
        }
        if (scenario == DECIDED_NO_FINE || scenario == PAID) return r == ICaseRegistry.CloseResult.PenaltyExecuted;
        if (scenario == REFERRED) {
            return r == ICaseRegistry.CloseResult.PenaltyExecuted || r == ICaseRegistry.CloseResult.Dismissed;
        }
        return false; // DECIDED_FINE, CLOSED
    }

    /// @dev A fresh case in `scenario`, owned by ENFORCEMENT.
    function _caseIn(uint8 scenario, uint256 salt) internal returns (bytes32 caseId) {
        caseId = keccak256(abi.encode("close", scenario, salt));
        if (scenario == OPENED) _openCase(caseId);
        else if (scenario == INVESTIGATING) _toInvestigating(caseId);
        else if (scenario == DECIDED_NO_FINE) _toDecided(caseId, 0);
        else if (scenario == DECIDED_FINE) _toDecided(caseId, FINE);
        else if (scenario == PAID) _toPaid(caseId);
        else if (scenario == REFERRED) _toReferred(caseId);
        else _toClosed(caseId);
    }

    function _closeAndCheck(bytes32 caseId, ICaseRegistry.CloseResult r) internal {
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseClosed(caseId, captain, r, SUMMARY, uint64(block.timestamp));
        vm.prank(captain);
        cases.close(caseId, r, SUMMARY);
        CaseRegistry.CaseRecord memory c = cases.caseOf(caseId);
        assertEq(uint256(c.status), uint256(ICaseRegistry.CaseStatus.Closed), "status");
        assertEq(uint256(c.result), uint256(r), "result");
    }

    function _expectRefused(bytes32 caseId, ICaseRegistry.CloseResult r) internal {
        ICaseRegistry.CaseStatus status = cases.statusOf(caseId);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidResult.selector, caseId, status, r));
        vm.prank(captain);
        cases.close(caseId, r, SUMMARY);
        assertEq(uint256(cases.statusOf(caseId)), uint256(status), "status unchanged");
    }

    // ------------------------------------------------------------ the whole table

    function test_close_everyAllowedPair() public {
        uint256 closed;
        for (uint8 s; s < SCENARIOS; ++s) {
            for (uint8 r; r < 4; ++r) {
                if (!_allowed(s, ICaseRegistry.CloseResult(r))) continue;
                _closeAndCheck(_caseIn(s, r), ICaseRegistry.CloseResult(r));
                ++closed;
            }
        }
        assertEq(closed, 8, "eight allowed status/result pairs");
    }

    function test_RevertWhen_close_refusedPair() public {
        uint256 refused;
        for (uint8 s; s < SCENARIOS; ++s) {
            bytes32 caseId = _caseIn(s, 0);
            for (uint8 r; r < 4; ++r) {
                if (_allowed(s, ICaseRegistry.CloseResult(r))) continue;
                _expectRefused(caseId, ICaseRegistry.CloseResult(r));
                ++refused;
            }
        }
        assertEq(refused, 7 * 4 - 8, "every other pair refused");
    }

    // ------------------------------------------------------------ single cases worth naming

    function test_close_referredDismissedWhenCourtRefuses() public {
        bytes32 caseId = _caseIn(REFERRED, 1);
        _closeAndCheck(caseId, ICaseRegistry.CloseResult.Dismissed);
    }

    function test_RevertWhen_close_unpaidFineNotReferred() public {
        bytes32 caseId = _caseIn(DECIDED_FINE, 1);
        vm.warp(START + 300 days); // long overdue, still not executed
        _expectRefused(caseId, ICaseRegistry.CloseResult.PenaltyExecuted);
    }

    function test_RevertWhen_close_twice() public {
        bytes32 caseId = _caseIn(CLOSED, 1);
        _expectRefused(caseId, ICaseRegistry.CloseResult.Dismissed);
        assertEq(
            uint256(cases.caseOf(caseId).result), uint256(ICaseRegistry.CloseResult.Dismissed), "first result kept"
        );
    }

    function test_close_simpleCaseByOfficer() public {
        _openSimple(SIMPLE_CASE);
        vm.expectEmit(true, true, true, true, address(cases));
        emit CaseRegistry.CaseClosed(SIMPLE_CASE, officer, ICaseRegistry.CloseResult.NoPenalty, SUMMARY, START);
        vm.prank(officer);
        cases.close(SIMPLE_CASE, ICaseRegistry.CloseResult.NoPenalty, SUMMARY);
        assertEq(_status(SIMPLE_CASE), uint256(ICaseRegistry.CaseStatus.Closed), "status");
    }

    function test_close_simpleWarningClosedByOfficerOnTheSpot() public {
        _openSimple(SIMPLE_CASE);
        CaseRegistry.Decision memory d = _decision(0);
        vm.prank(officer);
        cases.decide(SIMPLE_CASE, d);
        vm.prank(officer);
        cases.close(SIMPLE_CASE, ICaseRegistry.CloseResult.PenaltyExecuted, SUMMARY);
        assertEq(
            uint256(cases.caseOf(SIMPLE_CASE).result), uint256(ICaseRegistry.CloseResult.PenaltyExecuted), "result"
        );
    }

    function test_RevertWhen_close_zeroSummary() public {
        _openCase(CASE_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidHash.selector));
        vm.prank(captain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, bytes32(0));
    }

    function test_RevertWhen_close_resultOutOfRange() public {
        _openCase(CASE_ID);
        bytes memory call = abi.encodeWithSelector(cases.close.selector, CASE_ID, uint256(4), SUMMARY);
        vm.prank(captain);
        (bool ok,) = address(cases).call(call);
        assertFalse(ok, "result 4 is not a CloseResult");
        assertEq(_status(CASE_ID), uint256(ICaseRegistry.CaseStatus.Opened), "unchanged");
    }

    // ------------------------------------------------------------ fuzz

    function testFuzz_close_followsResultTable(uint8 scenario, uint8 result) public {
        scenario = uint8(bound(scenario, 0, SCENARIOS - 1));
        ICaseRegistry.CloseResult r = ICaseRegistry.CloseResult(bound(result, 0, 3));
        bytes32 caseId = _caseIn(scenario, 99);
        if (_allowed(scenario, r)) _closeAndCheck(caseId, r);
        else _expectRefused(caseId, r);
    }
}
