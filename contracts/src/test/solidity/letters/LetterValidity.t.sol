// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// LetterRegistry.requireValid (now, with the exact error for each failure) and isValid (at any
// moment: before issue, inside the window, at the window's edges, at and after revocation).

import {LetterBase} from "./LetterBase.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract LetterValidityTest is LetterBase {
    uint64 internal constant FROM = START + 1 hours;
    uint64 internal constant UNTIL = START + 1 days;

    ILetterRegistry.Letter internal letter;
    bytes32 internal letterId;

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
        ILetterRegistry.Letter memory l = _letter(CASE_ID, keccak256("request 1"));
        l.validFrom = FROM;
        l.validUntil = UNTIL;
        letter = l;
        letterId = _letterDigest(l);
        vm.warp(START + 10 minutes); // issued after the clock starts, before the window opens
    }

    // ------------------------------------------------------------ requireValid

    function test_requireValid_returnsTheIdInsideTheWindow() public {
        _issue(letter);
        vm.warp(FROM + 5 hours);
        assertEq(letters.requireValid(letter), letterId, "letter id");
    }

    function test_requireValid_acceptsBothEdgesOfTheWindow() public {
        _issue(letter);
        vm.warp(FROM);
        assertEq(letters.requireValid(letter), letterId, "valid at validFrom");
        vm.warp(UNTIL);
        assertEq(letters.requireValid(letter), letterId, "valid at validUntil");
    }

    function test_RevertWhen_requireValid_letterIsUnknown() public {
        vm.warp(FROM);
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_UnknownLetter.selector, letterId));
        letters.requireValid(letter);
    }

    function test_RevertWhen_requireValid_letterIsTampered() public {
        _issue(letter);
        vm.warp(FROM);
        ILetterRegistry.Letter memory tampered = letter;
        tampered.categories |= BUSINESS_LICENCE;
        bytes32 tamperedId = _letterDigest(tampered);
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_UnknownLetter.selector, tamperedId));
        letters.requireValid(tampered);
    }

    function test_RevertWhen_requireValid_letterIsNotYetValid() public {
        _issue(letter);
        vm.warp(FROM - 1);
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_NotYetValid.selector, letterId, FROM));
        letters.requireValid(letter);
    }

    function test_RevertWhen_requireValid_letterExpired() public {
        _issue(letter);
        vm.warp(UNTIL + 1);
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_LetterExpired.selector, letterId, UNTIL));
        letters.requireValid(letter);
    }

    function test_RevertWhen_requireValid_letterIsRevoked() public {
        _issue(letter);
        vm.warp(FROM + 1 hours);
        _revoke(letterId);
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_Revoked.selector, letterId, FROM + 1 hours)
        );
        letters.requireValid(letter);
    }

    function test_RevertWhen_requireValid_revokedBeforeItsWindowOpened() public {
        _issue(letter);
        _revoke(letterId);
        vm.warp(FROM + 1 hours); // the window is open, the revocation still holds
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_Revoked.selector, letterId, START + 10 minutes)
        );
        letters.requireValid(letter);
    }

    // ------------------------------------------------------------ isValid

    function test_isValid_falseBeforeTheLetterIsIssued() public view {
        assertFalse(letters.isValid(letterId, FROM + 1 hours), "unregistered letter");
    }

    function test_isValid_followsTheWindow() public {
        _issue(letter);
        assertFalse(letters.isValid(letterId, START + 10 minutes), "issued, window not open");
        assertFalse(letters.isValid(letterId, FROM - 1), "one second before the window");
        assertTrue(letters.isValid(letterId, FROM), "window opens");
        assertTrue(letters.isValid(letterId, FROM + 3 hours), "inside the window");
        assertTrue(letters.isValid(letterId, UNTIL), "last second of the window");
        assertFalse(letters.isValid(letterId, UNTIL + 1), "after the window");
    }

    function test_isValid_falseBeforeIssueEvenInsideTheWindow() public {
        vm.warp(FROM + 2 hours);
        _issue(letter);
        assertFalse(letters.isValid(letterId, FROM + 1 hours), "window open, letter not yet issued");
        assertTrue(letters.isValid(letterId, FROM + 2 hours), "valid from the moment of issue");
    }

    function test_isValid_endsAtTheRevocationTime() public {
        _issue(letter);
        uint64 revokedAt = FROM + 4 hours;
        vm.warp(revokedAt);
        _revoke(letterId);
        assertTrue(letters.isValid(letterId, revokedAt - 1), "valid just before the revocation");
        assertFalse(letters.isValid(letterId, revokedAt), "invalid at the revocation time");
        assertFalse(letters.isValid(letterId, revokedAt + 1 hours), "invalid after the revocation");
        assertTrue(letters.isValid(letterId, FROM), "history before the revocation stays valid");
    }
}
