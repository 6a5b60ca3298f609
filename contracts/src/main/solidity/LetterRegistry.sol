// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IConsortium} from "./interfaces/IConsortium.sol";
import {ICaseRegistry} from "./interfaces/ICaseRegistry.sol";
import {ILetterRegistry} from "./interfaces/ILetterRegistry.sol";
import {Roles} from "./Roles.sol";

/// @title LetterRegistry — electronic introduction letters (电子介绍信)
/// @notice The OFFICE of a department issues a letter naming its holder (the officer who will
/// present it), the target department, the case, the data request, the data categories, a
/// purpose hash and a validity window. The letter's id is its EIP-712 digest (domain: name
/// "Yunxi LetterRegistry", version "1", this chain, this contract), so the same letter is also an
/// off-chain document: the issuing office member signs that digest, and anyone checks the
/// signature (`verifySignature`) and the registration (`isValid`). Only the issuing department's
/// OFFICE revokes a letter; revocation takes effect from its block's time.
contract LetterRegistry is ILetterRegistry, EIP712 {
    /// @dev keccak256("Letter(bytes32 issuerDepartment,address issuer,address holder,bytes32 targetDepartment,bytes32 caseId,bytes32 requestId,uint256 categories,bytes32 purposeHash,uint64 validFrom,uint64 validUntil,uint256 nonce)")
    bytes32 public constant LETTER_TYPEHASH = keccak256(
        "Letter(bytes32 issuerDepartment,address issuer,address holder,bytes32 targetDepartment,bytes32 caseId,bytes32 requestId,uint256 categories,bytes32 purposeHash,uint64 validFrom,uint64 validUntil,uint256 nonce)"
    );

    /// @notice A letter's registration: one slot for the checks, one for the issuer's department.
    struct Registration {
        uint40 issuedAt;
        uint40 revokedAt;
        uint64 validFrom;
        uint64 validUntil;
        bytes32 issuerDepartment;
    }

    error LetterRegistry_NotIssuer(address caller, address issuer);
    error LetterRegistry_WrongDepartment(bytes32 issuerDepartment, bytes32 callerDepartment);
    error LetterRegistry_InvalidHolder(address holder);
    error LetterRegistry_InvalidTarget(bytes32 targetDepartment);
    error LetterRegistry_NoCategories();
    error LetterRegistry_InvalidWindow(uint64 validFrom, uint64 validUntil);
    error LetterRegistry_InvalidNonce(address issuer, uint256 expected, uint256 given);
    error LetterRegistry_UnknownLetter(bytes32 letterId);
    error LetterRegistry_Revoked(bytes32 letterId, uint64 revokedAt);
    error LetterRegistry_NotYetValid(bytes32 letterId, uint64 validFrom);
    error LetterRegistry_LetterExpired(bytes32 letterId, uint64 validUntil);

    event LetterIssued(
        bytes32 indexed letterId,
        bytes32 indexed caseId,
        address indexed holder,
        bytes32 issuerDepartment,
        address issuer,
        bytes32 targetDepartment,
        bytes32 requestId,
        uint256 categories,
        bytes32 purposeHash,
        uint64 validFrom,
        uint64 validUntil,
        uint256 nonce,
        uint64 timestamp
    );
    event LetterRevoked(bytes32 indexed letterId, address indexed by, bytes32 reasonHash, uint64 timestamp);

    IConsortium private immutable _consortium;
    ICaseRegistry private immutable _cases;

    mapping(bytes32 letterId => Registration) private _letters;
    mapping(address issuer => uint256) private _nonces;

    constructor(IConsortium consortium_, ICaseRegistry cases_) EIP712("Yunxi LetterRegistry", "1") {
        _consortium = consortium_;
        _cases = cases_;
    }

    /// @notice Issues a letter. Caller: `letter.issuer`, an OFFICE member of `issuerDepartment`,
    /// which must be entitled to the case; `letter.nonce` must be the issuer's next nonce.
    /// The holder must be a member of the issuing department; the target another active one.
    /// @return letterId the letter's EIP-712 digest
    function issue(Letter calldata letter) external returns (bytes32 letterId) {
        if (msg.sender != letter.issuer) revert LetterRegistry_NotIssuer(msg.sender, letter.issuer);
        bytes32 department = _cases.requireActor(letter.caseId, msg.sender, Roles.OFFICE);
        if (department != letter.issuerDepartment) {
            revert LetterRegistry_WrongDepartment(letter.issuerDepartment, department);
        }
        _checkContents(letter);
        uint256 expected = _nonces[msg.sender]++;
        if (letter.nonce != expected) revert LetterRegistry_InvalidNonce(msg.sender, expected, letter.nonce);

        letterId = idOf(letter);
        uint64 now_ = _time();
        _letters[letterId] = Registration({
            // forge-lint: disable-next-line(unsafe-typecast) block time fits 40 bits until year 36812
            issuedAt: uint40(now_),
            revokedAt: 0,
            validFrom: letter.validFrom,
            validUntil: letter.validUntil,
            issuerDepartment: department
        });
        _emitIssued(letterId, letter, now_);
    }

    /// @notice Revokes a letter from now on. Caller: OFFICE of the issuing department.
    function revoke(bytes32 letterId, bytes32 reasonHash) external {
        Registration storage r = _registered(letterId);
        (bytes32 department,) = _consortium.requireRole(msg.sender, Roles.OFFICE);
        if (department != r.issuerDepartment) revert LetterRegistry_WrongDepartment(r.issuerDepartment, department);
        if (r.revokedAt != 0) revert LetterRegistry_Revoked(letterId, r.revokedAt);
        uint64 now_ = _time();
        // forge-lint: disable-next-line(unsafe-typecast) block time fits 40 bits until year 36812
        r.revokedAt = uint40(now_);
        emit LetterRevoked(letterId, msg.sender, reasonHash, now_);
    }

    // ---------------------------------------------------------------- views

    /// @notice The letter's id: its EIP-712 typed-data digest under this contract's domain.
    function idOf(Letter calldata letter) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(LETTER_TYPEHASH, letter)));
    }

    /// @inheritdoc ILetterRegistry
    function requireValid(Letter calldata letter) external view returns (bytes32 letterId) {
        letterId = idOf(letter);
        Registration storage r = _registered(letterId);
        uint64 now_ = _time();
        if (r.revokedAt != 0) revert LetterRegistry_Revoked(letterId, r.revokedAt);
        if (now_ < r.validFrom) revert LetterRegistry_NotYetValid(letterId, r.validFrom);
        if (now_ > r.validUntil) revert LetterRegistry_LetterExpired(letterId, r.validUntil);
    }

    /// @notice Whether the letter was issued and was valid (in its window, not yet revoked) at `moment`.
    function isValid(bytes32 letterId, uint64 moment) external view returns (bool) {
        Registration storage r = _letters[letterId];
        return r.issuedAt != 0 && moment >= r.issuedAt && (r.revokedAt == 0 || moment < r.revokedAt)
            && moment >= r.validFrom && moment <= r.validUntil;
    }

    /// @notice Checks the off-chain document: `signature` is the issuer's EIP-712 signature of the
    /// letter and the letter is registered — which the issuer could do only as an OFFICE member of
    /// the issuing department at the time. Authenticity is historical: it stays true after the
    /// issuer leaves the office or the letter is revoked; whether the letter may still be relied on
    /// is `isValid`'s question.
    function verifySignature(Letter calldata letter, bytes calldata signature) external view returns (bool) {
        bytes32 letterId = idOf(letter);
        (address signer, ECDSA.RecoverError recoverError,) = ECDSA.tryRecover(letterId, signature);
        if (recoverError != ECDSA.RecoverError.NoError || signer != letter.issuer) return false;
        return _letters[letterId].issuedAt != 0;
    }

    /// @notice A letter's registration (all zero if unknown).
    function registrationOf(bytes32 letterId) external view returns (Registration memory) {
        return _letters[letterId];
    }

    /// @notice The nonce `issuer`'s next letter must carry.
    function nonceOf(address issuer) external view returns (uint256) {
        return _nonces[issuer];
    }

    /// @notice The EIP-712 domain separator (changes with the chain id).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ---------------------------------------------------------------- internals

    function _checkContents(Letter calldata letter) private view {
        (bytes32 holderDepartment,) = _consortium.requireRole(letter.holder, Roles.OFFICER);
        if (holderDepartment != letter.issuerDepartment) revert LetterRegistry_InvalidHolder(letter.holder);
        if (
            letter.targetDepartment == letter.issuerDepartment
                || !_consortium.isActiveDepartment(letter.targetDepartment)
        ) {
            revert LetterRegistry_InvalidTarget(letter.targetDepartment);
        }
        if (letter.categories == 0) revert LetterRegistry_NoCategories();
        if (
            letter.validFrom >= letter.validUntil || letter.validUntil <= _time()
                || letter.validUntil > type(uint40).max
        ) {
            revert LetterRegistry_InvalidWindow(letter.validFrom, letter.validUntil);
        }
    }

    function _registered(bytes32 letterId) private view returns (Registration storage r) {
        r = _letters[letterId];
        if (r.issuedAt == 0) revert LetterRegistry_UnknownLetter(letterId);
    }

    function _emitIssued(bytes32 letterId, Letter calldata l, uint64 now_) private {
        emit LetterIssued(
            letterId,
            l.caseId,
            l.holder,
            l.issuerDepartment,
            l.issuer,
            l.targetDepartment,
            l.requestId,
            l.categories,
            l.purposeHash,
            l.validFrom,
            l.validUntil,
            l.nonce,
            now_
        );
    }

    /// @dev The clock, in one place so that tests and audits see where time enters.
    function _time() internal view virtual returns (uint64) {
        return uint64(block.timestamp);
    }
}
