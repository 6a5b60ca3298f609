// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// The letter as an off-chain document: its id is the EIP-712 digest (checked against a digest
// computed here from the spec), the domain follows the chain id, and verifySignature accepts
// exactly the issuer's signature of a registered letter whose issuer still holds OFFICE.

import {LetterBase} from "./LetterBase.sol";
import {Roles} from "yunxi/Roles.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract LetterSignatureTest is LetterBase {
    ILetterRegistry.Letter internal letter;
    bytes32 internal letterId;
    bytes internal signature;

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
        letter = _letter(CASE_ID, keccak256("request 1"));
        letterId = _issue(letter);
        signature = signDigest(keyOf("office"), _letterDigest(letter));
    }

    // ------------------------------------------------------------ id and domain

    function test_LETTER_TYPEHASH_isTheHashOfTheTypeString() public view {
        assertEq(letters.LETTER_TYPEHASH(), LETTER_TYPE, "typehash");
    }

    function test_domainSeparator_isTheEip712DomainOfThisContract() public view {
        assertEq(letters.domainSeparator(), _domainOf("Yunxi LetterRegistry", address(letters)), "domain");
    }

    function test_idOf_isTheEip712DigestOfTheLetter() public view {
        assertEq(letters.idOf(letter), _letterDigest(letter), "id");
        assertEq(letterId, _letterDigest(letter), "id returned by issue");
    }

    function test_domainSeparator_changesWithTheChainId() public {
        bytes32 before = letters.domainSeparator();
        bytes32 idBefore = letters.idOf(letter);
        vm.chainId(block.chainid + 1);
        bytes32 afterwards = letters.domainSeparator();

        assertTrue(afterwards != before, "domain changed");
        assertEq(afterwards, _domainOf("Yunxi LetterRegistry", address(letters)), "new domain per the spec");
        assertTrue(letters.idOf(letter) != idBefore, "letter id changed");
        assertEq(letters.idOf(letter), _letterDigest(letter), "id under the new domain");
    }

    // ------------------------------------------------------------ verifySignature

    function test_verifySignature_trueForTheIssuersSignature() public view {
        assertTrue(letters.verifySignature(letter, signature), "issuer's signature");
    }

    function test_verifySignature_falseForAnotherOfficeMembersSignature() public {
        _newMember("office2", enforcementAdmin, Roles.OFFICE);
        bytes memory other = signDigest(keyOf("office2"), _letterDigest(letter));
        assertFalse(letters.verifySignature(letter, other), "a colleague's signature");
    }

    function test_verifySignature_falseForTheHoldersSignature() public view {
        bytes memory other = signDigest(keyOf("officer"), _letterDigest(letter));
        assertFalse(letters.verifySignature(letter, other), "the holder's signature");
    }

    function test_verifySignature_falseForATamperedLetter() public view {
        ILetterRegistry.Letter memory tampered = letter;
        tampered.validUntil += 30 days;
        assertFalse(letters.verifySignature(tampered, signature), "longer validity");
        tampered = letter;
        tampered.categories |= BUSINESS_LICENCE;
        assertFalse(letters.verifySignature(tampered, signature), "wider categories");
        tampered = letter;
        tampered.holder = officer2;
        assertFalse(letters.verifySignature(tampered, signature), "other holder");
    }

    function test_verifySignature_falseForATamperedLetterResignedByItsClaimedIssuerButUnregistered() public view {
        ILetterRegistry.Letter memory forged = letter;
        forged.categories |= BUSINESS_LICENCE;
        bytes memory forgedSignature = signDigest(keyOf("office"), _letterDigest(forged));
        assertFalse(letters.verifySignature(forged, forgedSignature), "signed but never registered");
    }

    function test_verifySignature_falseForMalformedSignatures() public view {
        bytes memory sig = signature;
        assertFalse(letters.verifySignature(letter, ""), "empty");
        assertFalse(letters.verifySignature(letter, _slice(sig, 64)), "64 bytes");
        assertFalse(letters.verifySignature(letter, bytes.concat(sig, hex"00")), "66 bytes");

        bytes memory badV = bytes.concat(_slice(sig, 64), hex"1d"); // v = 29
        assertFalse(letters.verifySignature(letter, badV), "invalid v");

        // The same signature with s flipped to the upper half of the curve order (malleable).
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
        uint256 n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
        bytes memory highS = abi.encodePacked(r, bytes32(n - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        assertFalse(letters.verifySignature(letter, highS), "high-s twin");
    }

    function test_verifySignature_falseForAnUnregisteredLetter() public view {
        ILetterRegistry.Letter memory unregistered = letter;
        unregistered.nonce = 1;
        bytes memory sig = signDigest(keyOf("office"), _letterDigest(unregistered));
        assertFalse(letters.verifySignature(unregistered, sig), "never issued");
    }

    function test_verifySignature_falseForASignatureUnderAnotherChainId() public {
        vm.chainId(block.chainid + 1);
        assertFalse(letters.verifySignature(letter, signature), "signature of the old domain");
    }

    // Authenticity is historical: the registration proves the issuer was OFFICE when he issued.
    function test_verifySignature_staysTrueAfterTheIssuerLeftTheOffice() public {
        vm.prank(enforcementAdmin);
        consortium.removeMember(office);
        assertTrue(letters.verifySignature(letter, signature), "issued while a member");
    }

    function test_verifySignature_staysTrueAfterTheIssuerLostTheOfficeRole() public {
        _setMember(enforcementAdmin, office, Roles.AUDITOR, 0);
        assertTrue(letters.verifySignature(letter, signature), "issued while OFFICE");
    }

    function test_verifySignature_staysTrueAfterTheIssuerMovedToAnotherDepartment() public {
        vm.prank(enforcementAdmin);
        consortium.removeMember(office);
        _setMember(trafficAdmin, office, Roles.OFFICE, 0);
        assertTrue(letters.verifySignature(letter, signature), "issued while OFFICE of the issuer department");
    }

    function test_verifySignature_staysTrueWhileTheIssuingDepartmentIsSuspended() public {
        _suspend(ENFORCEMENT);
        assertTrue(letters.verifySignature(letter, signature), "issued while the department was active");
    }

    function test_verifySignature_staysTrueAfterRevocation_validityIsSeparate() public {
        vm.warp(START + 1 hours);
        _revoke(letterId);
        assertTrue(letters.verifySignature(letter, signature), "the document stays authentic");
        assertFalse(letters.isValid(letterId, START + 1 hours), "but it is no longer valid");
    }

    function _slice(bytes memory b, uint256 length) private pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = b[i];
        }
    }
}
