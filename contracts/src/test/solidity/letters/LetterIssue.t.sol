// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// LetterRegistry.issue: who may issue a letter (the OFFICE of a department entitled to the case,
// as the letter's own issuer), what a letter may say (holder, target, categories, window) and
// the per-issuer nonce that makes every letter unique.

import {LetterBase} from "./LetterBase.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract LetterIssueTest is LetterBase {
    bytes32 internal constant REQUEST_ID = keccak256("request 1");

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
    }

    function test_issue_registersTheLetterUnderItsDigest() public {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.validFrom = START + 1 hours;
        vm.warp(START + 10 minutes);

        bytes32 letterId = _issue(l);

        assertEq(letterId, _letterDigest(l), "id is the EIP-712 digest");
        LetterRegistry.Registration memory r = letters.registrationOf(letterId);
        assertEq(r.issuedAt, START + 10 minutes, "issuedAt");
        assertEq(r.revokedAt, 0, "revokedAt");
        assertEq(r.validFrom, START + 1 hours, "validFrom");
        assertEq(r.validUntil, l.validUntil, "validUntil");
        assertEq(r.issuerDepartment, ENFORCEMENT, "issuerDepartment");
    }

    function test_issue_emitsLetterIssued() public {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        bytes32 letterId = _letterDigest(l);

        vm.expectEmit(true, true, true, true, address(letters));
        emit LetterRegistry.LetterIssued(
            letterId,
            CASE_ID,
            officer,
            ENFORCEMENT,
            office,
            TRAFFIC,
            REQUEST_ID,
            VEHICLE_REGISTRATION | OWNER_REGISTRATION,
            PURPOSE,
            START,
            START + 7 days,
            0,
            START
        );
        _issue(l);
    }

    function test_issue_incrementsTheIssuersNonce() public {
        _issue(_letter(CASE_ID, REQUEST_ID));
        assertEq(letters.nonceOf(office), 1, "nonce after the first letter");

        // The same contents with the next nonce are a different letter.
        ILetterRegistry.Letter memory second = _letter(CASE_ID, REQUEST_ID);
        bytes32 secondId = _issue(second);

        assertEq(second.nonce, 1, "second letter carries nonce 1");
        assertEq(letters.nonceOf(office), 2, "nonce after the second letter");
        assertEq(letters.registrationOf(secondId).issuedAt, START, "second letter registered");
        assertEq(letters.nonceOf(trafficOffice), 0, "other issuers' nonces untouched");
    }

    function test_issue_byTheOfficeOfADepartmentTheCaseWasHandedOffTo() public {
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.issuerDepartment = TRAFFIC;
        l.issuer = trafficOffice;
        l.holder = trafficOfficer;
        l.targetDepartment = FIRE;
        l.nonce = 0;

        bytes32 letterId = _issue(l);

        assertEq(letters.registrationOf(letterId).issuerDepartment, TRAFFIC, "issued by the traffic office");
        assertEq(letters.nonceOf(trafficOffice), 1, "traffic office nonce");
    }

    function test_issue_acceptsAWindowThatStartedBeforeIssue() public {
        vm.warp(START + 1 days);
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.validFrom = START;
        bytes32 letterId = _issue(l);
        assertTrue(letters.isValid(letterId, START + 1 days), "valid from issue");
        assertFalse(letters.isValid(letterId, START + 1 days - 1), "not valid before it was issued");
    }

    // ------------------------------------------------------------ caller

    function test_RevertWhen_issue_callerIsNotTheLettersIssuer() public {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_NotIssuer.selector, officer, office));
        vm.prank(officer);
        letters.issue(l);
    }

    function test_RevertWhen_issue_otherOfficeMemberSubmitsTheLetter() public {
        address office2 = _newMember("office2", enforcementAdmin, Roles.OFFICE);
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_NotIssuer.selector, office2, office));
        vm.prank(office2);
        letters.issue(l);
    }

    function test_RevertWhen_issue_issuerIsAnOfficer() public {
        _expectIssueUnauthorised(officer);
    }

    function test_RevertWhen_issue_issuerIsTheCaptain() public {
        _expectIssueUnauthorised(captain);
    }

    function test_RevertWhen_issue_issuerIsAnAdmin() public {
        _expectIssueUnauthorised(enforcementAdmin);
    }

    function test_RevertWhen_issue_issuerIsAnOutsider() public {
        _expectIssueUnauthorised(outsider);
    }

    function test_RevertWhen_issue_issuersDepartmentIsSuspended() public {
        _suspend(ENFORCEMENT);
        _expectIssueUnauthorised(office);
    }

    function test_RevertWhen_issue_officeOfADepartmentNotEntitledToTheCase() public {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.issuerDepartment = TRAFFIC;
        l.issuer = trafficOffice;
        l.holder = trafficOfficer;
        l.targetDepartment = FIRE;
        l.nonce = 0;
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotEntitled.selector, CASE_ID, TRAFFIC));
        vm.prank(trafficOffice);
        letters.issue(l);
    }

    function test_RevertWhen_issue_letterNamesAnotherIssuingDepartment() public {
        // The traffic office is entitled (hand-off) but writes the enforcement bureau as issuer.
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.issuer = trafficOffice;
        l.nonce = 0;
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_WrongDepartment.selector, ENFORCEMENT, TRAFFIC)
        );
        vm.prank(trafficOffice);
        letters.issue(l);
    }

    function test_RevertWhen_issue_caseIsUnknown() public {
        ILetterRegistry.Letter memory l = _letter(CASE_2, REQUEST_ID);
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_UnknownCase.selector, CASE_2));
        vm.prank(office);
        letters.issue(l);
    }

    // ------------------------------------------------------------ contents

    function test_RevertWhen_issue_holderIsNotAnOfficer() public {
        _expectHolderUnauthorised(office);
    }

    function test_RevertWhen_issue_holderIsAnOutsider() public {
        _expectHolderUnauthorised(outsider);
    }

    function test_RevertWhen_issue_holdersCredentialExpired() public {
        _expireCredential(enforcementAdmin, officer2, Roles.OFFICER);
        _expectHolderUnauthorised(officer2);
    }

    function test_RevertWhen_issue_holderIsAnOfficerOfAnotherDepartment() public {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.holder = trafficOfficer;
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_InvalidHolder.selector, trafficOfficer));
        vm.prank(office);
        letters.issue(l);
    }

    function test_RevertWhen_issue_targetIsTheIssuingDepartment() public {
        _expectInvalidTarget(ENFORCEMENT);
    }

    function test_RevertWhen_issue_targetIsUnknown() public {
        _expectInvalidTarget(UNKNOWN_DEPARTMENT);
    }

    function test_RevertWhen_issue_targetIsSuspended() public {
        _suspend(FIRE);
        _expectInvalidTarget(FIRE);
    }

    function test_RevertWhen_issue_noCategories() public {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.categories = 0;
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_NoCategories.selector));
        vm.prank(office);
        letters.issue(l);
    }

    function test_RevertWhen_issue_windowIsInverted() public {
        _expectInvalidWindow(START + 2 days, START + 1 days);
    }

    function test_RevertWhen_issue_windowIsEmpty() public {
        _expectInvalidWindow(START + 1 days, START + 1 days);
    }

    function test_RevertWhen_issue_windowEndsNow() public {
        _expectInvalidWindow(START - 1 days, START);
    }

    function test_RevertWhen_issue_windowEndsBeyondUint40() public {
        _expectInvalidWindow(START, uint64(type(uint40).max) + 1);
    }

    function test_RevertWhen_issue_nonceIsAhead() public {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.nonce = 1;
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_InvalidNonce.selector, office, 0, 1));
        vm.prank(office);
        letters.issue(l);
    }

    function test_RevertWhen_issue_nonceIsReused() public {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        _issue(l);
        // Re-issuing the very same letter (same nonce) is refused; nothing is overwritten.
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_InvalidNonce.selector, office, 1, 0));
        vm.prank(office);
        letters.issue(l);
        assertEq(letters.nonceOf(office), 1, "nonce unchanged by the refused letter");
    }

    // ------------------------------------------------------------ helpers

    function _expectIssueUnauthorised(address issuer) private {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.issuer = issuer;
        l.nonce = 0;
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, issuer, Roles.OFFICE));
        vm.prank(issuer);
        letters.issue(l);
    }

    function _expectHolderUnauthorised(address holder) private {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.holder = holder;
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, holder, Roles.OFFICER));
        vm.prank(office);
        letters.issue(l);
    }

    function _expectInvalidTarget(bytes32 target) private {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.targetDepartment = target;
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_InvalidTarget.selector, target));
        vm.prank(office);
        letters.issue(l);
    }

    function _expectInvalidWindow(uint64 validFrom, uint64 validUntil) private {
        ILetterRegistry.Letter memory l = _letter(CASE_ID, REQUEST_ID);
        l.validFrom = validFrom;
        l.validUntil = validUntil;
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_InvalidWindow.selector, validFrom, validUntil)
        );
        vm.prank(office);
        letters.issue(l);
    }
}
