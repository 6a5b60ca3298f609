// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// LetterRegistry.revoke: only the OFFICE of the issuing department revokes, once, a registered
// letter; revocation takes effect from its block's time.

import {LetterBase} from "./LetterBase.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

contract LetterRevokeTest is LetterBase {
    bytes32 internal letterId;

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
        letterId = _issue(_letter(CASE_ID, keccak256("request 1")));
        vm.warp(START + 2 hours);
    }

    function test_revoke_recordsTheRevocationTimeAndEmits() public {
        vm.expectEmit(true, true, true, true, address(letters));
        emit LetterRegistry.LetterRevoked(letterId, office, REASON, START + 2 hours);
        vm.prank(office);
        letters.revoke(letterId, REASON);

        LetterRegistry.Registration memory r = letters.registrationOf(letterId);
        assertEq(r.revokedAt, START + 2 hours, "revokedAt");
        assertEq(r.issuedAt, START, "issuedAt untouched");
    }

    function test_revoke_byAnotherOfficeMemberOfTheIssuingDepartment() public {
        address office2 = _newMember("office2", enforcementAdmin, Roles.OFFICE);
        vm.prank(office2);
        letters.revoke(letterId, REASON);
        assertEq(letters.registrationOf(letterId).revokedAt, START + 2 hours, "revoked by a colleague");
    }

    function test_RevertWhen_revoke_letterIsUnknown() public {
        bytes32 unknown = keccak256("no such letter");
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_UnknownLetter.selector, unknown));
        vm.prank(office);
        letters.revoke(unknown, REASON);
    }

    function test_RevertWhen_revoke_letterIsAlreadyRevoked() public {
        _revoke(letterId);
        vm.warp(START + 3 hours);
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_Revoked.selector, letterId, START + 2 hours)
        );
        vm.prank(office);
        letters.revoke(letterId, REASON);
    }

    function test_RevertWhen_revoke_callerIsTheOfficeOfAnotherDepartment() public {
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_WrongDepartment.selector, ENFORCEMENT, TRAFFIC)
        );
        vm.prank(trafficOffice);
        letters.revoke(letterId, REASON);
    }

    function test_RevertWhen_revoke_callerIsTheHolder() public {
        _expectRevokeUnauthorised(officer);
    }

    function test_RevertWhen_revoke_callerIsTheCaptain() public {
        _expectRevokeUnauthorised(captain);
    }

    function test_RevertWhen_revoke_callerIsTheTargetsCustodian() public {
        _expectRevokeUnauthorised(custodian);
    }

    function test_RevertWhen_revoke_callerIsAnOutsider() public {
        _expectRevokeUnauthorised(outsider);
    }

    function test_RevertWhen_revoke_issuingDepartmentIsSuspended() public {
        _suspend(ENFORCEMENT);
        _expectRevokeUnauthorised(office);
    }

    function _expectRevokeUnauthorised(address caller) private {
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, caller, Roles.OFFICE));
        vm.prank(caller);
        letters.revoke(letterId, REASON);
        assertEq(letters.registrationOf(letterId).revokedAt, 0, "still unrevoked");
    }
}
