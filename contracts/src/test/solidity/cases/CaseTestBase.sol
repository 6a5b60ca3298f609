// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Fixture} from "yunxi-test/kit/Fixture.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice Shared ground of the CaseRegistry (and EvidenceRegistry) tests: the seed consortium
/// plus a captain without officer powers, helpers that drive a case to each status, and the three
/// ways an authorised person stops being one — a department suspended by governance (5 of 6
/// admins), an expired enforcement credential, or not being a member at all.
abstract contract CaseTestBase is Fixture {
    bytes32 internal constant SIMPLE_CASE = keccak256(unicode"甬江北综执简字〔2026〕第0007号");
    bytes32 internal constant FIRE_LANE_CASE = keccak256(unicode"甬江北消防〔2026〕第0031号");
    bytes32 internal constant UNKNOWN_CASE = keccak256("a case nobody opened");
    uint16 internal constant CASE_TYPE_DOG = 7; // one of the 19 simple-enforcement types
    uint16 internal constant CASE_TYPE_FIRE_LANE = 301;
    uint64 internal constant FINE = 20_000; // CNY 200.00 in fen

    bytes32 internal constant RECEIPT = keccak256(unicode"缴款凭证 No. 330205-0001");
    bytes32 internal constant NOTICE = keccak256(unicode"告知书: 车主");
    bytes32 internal constant REFERRAL = keccak256(unicode"强制执行申请书");
    bytes32 internal constant SUMMARY = keccak256(unicode"结案报告");

    /// @dev ENFORCEMENT captain holding CAPTAIN only (the fixture's captain is also an OFFICER).
    address internal captainOnly;

    function setUp() public virtual override {
        super.setUp();
        captainOnly = makeAddr("captainOnly");
        vm.prank(enforcementAdmin);
        consortium.setMember(
            captainOnly, Roles.CAPTAIN, keccak256("credential:captainOnly"), START + CREDENTIAL_VALID_FOR
        );
    }

    // ------------------------------------------------------------ errors

    function _unauthorised(address account, uint16 roles) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, account, roles);
    }

    function _notEntitled(bytes32 caseId, bytes32 department) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotEntitled.selector, caseId, department);
    }

    function _unknownCase(bytes32 caseId) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(CaseRegistry.CaseRegistry_UnknownCase.selector, caseId);
    }

    function _invalidTransition(bytes32 caseId, ICaseRegistry.CaseStatus from, ICaseRegistry.CaseStatus to)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodeWithSelector(CaseRegistry.CaseRegistry_InvalidTransition.selector, caseId, from, to);
    }

    // ------------------------------------------------------------ losing the right to act

    function _adminOf(bytes32 department) internal view returns (address) {
        if (department == ENFORCEMENT) return enforcementAdmin;
        if (department == TRAFFIC) return trafficAdmin;
        if (department == FIRE) return fireAdmin;
        if (department == HOUSING) return housingAdmin;
        if (department == MARKET) return marketAdmin;
        return supervisionAdmin;
    }

    /// @dev Moves to the instant every bootstrapped enforcement credential expires (expiry ≤ now).
    function _expireCredentials() internal {
        vm.warp(START + CREDENTIAL_VALID_FOR);
    }

    // ------------------------------------------------------------ driving a case

    function _openSimple(bytes32 caseId) internal {
        vm.prank(officer);
        cases.open(caseId, CASE_TYPE_DOG, true);
    }

    function _toInvestigating(bytes32 caseId) internal {
        _openCase(caseId);
        vm.prank(officer);
        cases.startInvestigation(caseId);
    }

    function _toDecided(bytes32 caseId, uint64 fineFen) internal {
        _toInvestigating(caseId);
        CaseRegistry.Decision memory d = _decision(fineFen);
        vm.prank(captain);
        cases.decide(caseId, d);
    }

    function _toPaid(bytes32 caseId) internal {
        _toDecided(caseId, FINE);
        vm.prank(officer);
        cases.recordPayment(caseId, RECEIPT);
    }

    /// @dev Decided with a fine, then past the review deadline, then referred by the office.
    function _toReferred(bytes32 caseId) internal {
        _toDecided(caseId, FINE);
        vm.warp(cases.caseOf(caseId).reviewDeadline + 1);
        vm.prank(office);
        cases.referToCourt(caseId, REFERRAL);
    }

    function _toClosed(bytes32 caseId) internal {
        _openCase(caseId);
        vm.prank(captain);
        cases.close(caseId, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
    }

    function _status(bytes32 caseId) internal view returns (uint256) {
        return uint256(cases.statusOf(caseId));
    }
}
