// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Fuzzed properties of letters: any letter's id is its EIP-712 digest; isValid follows window,
// issue time and revocation at every moment; requireValid agrees with isValid now; no key but
// the issuer's makes verifySignature true; the issue window check.

import {LetterBase} from "./LetterBase.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract LetterFuzzTest is LetterBase {
    uint256 internal constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
    }

    function testFuzz_idOf_isTheEip712DigestOfAnyLetter(ILetterRegistry.Letter memory l, uint64 chainId) public {
        vm.chainId(bound(chainId, 1, type(uint64).max));
        assertEq(letters.idOf(l), _letterDigest(l), "id");
    }

    function testFuzz_isValid_followsWindowIssueAndRevocation(
        uint64 fromOffset,
        uint64 life,
        uint64 issueDelay,
        uint64 revokeDelay,
        uint64 moment,
        bool revoked
    ) public {
        // A window around START (possibly already open), issued before it closes.
        uint64 validFrom = START - 30 days + uint64(bound(fromOffset, 0, 60 days));
        uint64 validUntil = validFrom + uint64(bound(life, 1, 30 days));
        uint64 issuedAt = START;
        if (validUntil > START + 1) issuedAt = START + uint64(bound(issueDelay, 0, validUntil - START - 1));
        else validUntil = START + 1 + uint64(bound(life, 0, 1 days)); // keep the window ending after issue
        if (validFrom >= validUntil) validFrom = validUntil - 1;

        vm.warp(issuedAt);
        ILetterRegistry.Letter memory l = _letter(CASE_ID, keccak256("request"));
        l.validFrom = validFrom;
        l.validUntil = validUntil;
        bytes32 letterId = _issue(l);

        uint64 revokedAt;
        if (revoked) {
            revokedAt = issuedAt + uint64(bound(revokeDelay, 0, 40 days));
            vm.warp(revokedAt);
            _revoke(letterId);
        }

        uint64 t = uint64(bound(moment, START - 40 days, START + 80 days));
        bool expected = t >= issuedAt && t >= validFrom && t <= validUntil && (!revoked || t < revokedAt);
        assertEq(letters.isValid(letterId, t), expected, "isValid(moment)");

        // requireValid says the same about now (the clock only moves forward).
        uint64 now_ = uint64(block.timestamp);
        if (t > now_) {
            vm.warp(t);
            now_ = t;
        }
        if (revoked && now_ >= revokedAt) {
            vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_Revoked.selector, letterId, revokedAt));
        } else if (now_ < validFrom) {
            vm.expectRevert(
                abi.encodeWithSelector(LetterRegistry.LetterRegistry_NotYetValid.selector, letterId, validFrom)
            );
        } else if (now_ > validUntil) {
            vm.expectRevert(
                abi.encodeWithSelector(LetterRegistry.LetterRegistry_LetterExpired.selector, letterId, validUntil)
            );
        }
        bytes32 id = letters.requireValid(l);
        if (letters.isValid(letterId, now_)) assertEq(id, letterId, "requireValid returns the id");
    }

    function testFuzz_verifySignature_falseForAnyKeyButTheIssuers(uint256 key) public {
        key = bound(key, 1, SECP256K1_N - 1);
        if (key == keyOf("office")) key = key == 1 ? 2 : key - 1;
        ILetterRegistry.Letter memory l = _letter(CASE_ID, keccak256("request"));
        _issue(l);
        bytes memory sig = signDigest(key, _letterDigest(l));
        assertFalse(letters.verifySignature(l, sig), "someone else's signature");
        assertTrue(letters.verifySignature(l, signDigest(keyOf("office"), _letterDigest(l))), "issuer's signature");
    }

    function testFuzz_issue_windowIsAcceptedIffItIsSane(uint64 validFrom, uint64 validUntil) public {
        vm.warp(START + 1 days);
        validFrom = uint64(bound(validFrom, START - 10 days, START + 20 days));
        validUntil = uint64(bound(validUntil, START - 10 days, uint64(type(uint40).max) + 10));
        ILetterRegistry.Letter memory l = _letter(CASE_ID, keccak256("request"));
        l.validFrom = validFrom;
        l.validUntil = validUntil;
        bool sane = validFrom < validUntil && validUntil > START + 1 days && validUntil <= type(uint40).max;
        if (!sane) {
            vm.expectRevert(
                abi.encodeWithSelector(LetterRegistry.LetterRegistry_InvalidWindow.selector, validFrom, validUntil)
            );
        }
        bytes32 letterId = _issue(l);
        assertEq(letters.registrationOf(letterId).validUntil, sane ? validUntil : 0, "registered iff sane");
        assertEq(letters.nonceOf(office), sane ? 1 : 0, "nonce consumed iff issued");
    }
}
