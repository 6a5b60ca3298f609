// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Shared helpers of the letter and request suites: letters built and issued the seed's way,
// EIP-712 digests computed independently of the contracts (from the spec, field by field), a
// department suspended through real governance, and members whose credential runs out.

import {Fixture} from "yunxi-test/kit/Fixture.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

abstract contract LetterBase is Fixture {
    bytes32 internal constant EIP712_DOMAIN_TYPE =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant LETTER_TYPE = keccak256(
        "Letter(bytes32 issuerDepartment,address issuer,address holder,bytes32 targetDepartment,bytes32 caseId,bytes32 requestId,uint256 categories,bytes32 purposeHash,uint64 validFrom,uint64 validUntil,uint256 nonce)"
    );
    bytes32 internal constant STAMP_TYPE =
        keccak256("Stamp(bytes32 requestId,bytes32 responseHash,bytes32 blobRef,uint64 deadline)");

    bytes32 internal constant CASE_2 = keccak256(unicode"甬江北综执立字〔2026〕第0002号");
    bytes32 internal constant UNKNOWN_DEPARTMENT = "JB-NONE";
    bytes32 internal constant PURPOSE = keccak256(unicode"查询涉案车辆及车主登记信息");
    bytes32 internal constant REASON = keccak256(unicode"介绍信填写有误");

    // ------------------------------------------------------------ letters

    /// @dev The seed's letter: the bureau office introduces `officer` to the traffic police.
    function _letter(bytes32 caseId, bytes32 requestId) internal view returns (ILetterRegistry.Letter memory) {
        return ILetterRegistry.Letter({
            issuerDepartment: ENFORCEMENT,
            issuer: office,
            holder: officer,
            targetDepartment: TRAFFIC,
            caseId: caseId,
            requestId: requestId,
            categories: VEHICLE_REGISTRATION | OWNER_REGISTRATION,
            purposeHash: PURPOSE,
            validFrom: uint64(block.timestamp),
            validUntil: uint64(block.timestamp) + 7 days,
            nonce: letters.nonceOf(office)
        });
    }

    function _issue(ILetterRegistry.Letter memory letter) internal returns (bytes32 letterId) {
        vm.prank(letter.issuer);
        letterId = letters.issue(letter);
    }

    function _revoke(bytes32 letterId) internal {
        vm.prank(office);
        letters.revoke(letterId, REASON);
    }

    // ------------------------------------------------------------ EIP-712, independently

    function _domainOf(string memory name, address verifyingContract) internal view returns (bytes32) {
        return keccak256(
            abi.encode(EIP712_DOMAIN_TYPE, keccak256(bytes(name)), keccak256("1"), block.chainid, verifyingContract)
        );
    }

    /// @dev hashStruct(Letter), each member encoded as its own 32-byte word.
    function _letterStructHash(ILetterRegistry.Letter memory l) internal pure returns (bytes32) {
        return keccak256(
            bytes.concat(
                abi.encode(LETTER_TYPE, l.issuerDepartment, l.issuer, l.holder, l.targetDepartment, l.caseId),
                abi.encode(l.requestId, l.categories, l.purposeHash, l.validFrom, l.validUntil, l.nonce)
            )
        );
    }

    function _letterDigest(ILetterRegistry.Letter memory l) internal view returns (bytes32) {
        return keccak256(
            abi.encodePacked(hex"1901", _domainOf("Yunxi LetterRegistry", address(letters)), _letterStructHash(l))
        );
    }

    function _stampDigestOf(bytes32 requestId, bytes32 responseHash, bytes32 blobRef, uint64 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(STAMP_TYPE, requestId, responseHash, blobRef, deadline));
        return
            keccak256(
                abi.encodePacked(hex"1901", _domainOf("Yunxi DataRequestRegistry", address(requests)), structHash)
            );
    }

    /// @dev The address a 65-byte signature recovers to for `digest` (zero if none).
    function _recover(bytes32 digest, bytes memory signature) internal pure returns (address) {
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(signature, 0x20))
            s := mload(add(signature, 0x40))
            v := byte(0, mload(add(signature, 0x60)))
        }
        return ecrecover(digest, v, r, s);
    }

    // ------------------------------------------------------------ consortium

    /// @dev Adds (or changes) a member through its department's admin, with a credential valid
    /// until `credentialExpiry` when `roles` need one.
    function _setMember(address admin, address account, uint16 roles, uint64 credentialExpiry) internal {
        vm.prank(admin);
        consortium.setMember(account, roles, keccak256(abi.encode("credential", account)), credentialExpiry);
    }

    function _newMember(string memory name, address admin, uint16 roles) internal returns (address account) {
        account = makeAddr(name);
        _setMember(admin, account, roles, uint64(block.timestamp) + CREDENTIAL_VALID_FOR);
    }

    /// @dev Lets `account`'s enforcement credential run out: it expires one second from now and
    /// the clock moves past it.
    function _expireCredential(address admin, address account, uint16 roles) internal {
        _setMember(admin, account, roles, uint64(block.timestamp) + 1);
        vm.warp(block.timestamp + 1);
    }
}
