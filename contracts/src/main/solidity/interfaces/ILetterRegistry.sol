// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title ILetterRegistry
/// @notice What the data-request registry asks of the letter registry.
interface ILetterRegistry {
    /// @notice An electronic introduction letter (电子介绍信), also the EIP-712 `Letter` type.
    struct Letter {
        bytes32 issuerDepartment; // the department whose OFFICE issues it
        address issuer; // the OFFICE member who issues (and signs) it
        address holder; // the officer who presents it
        bytes32 targetDepartment; // the department it is addressed to
        bytes32 caseId;
        bytes32 requestId; // the data request it covers
        uint256 categories; // bit mask of data categories it covers
        bytes32 purposeHash; // hash of the stated purpose
        uint64 validFrom;
        uint64 validUntil;
        uint256 nonce; // the issuer's letter counter, so every letter is unique
    }

    /// @notice Checks that `letter` is registered, unrevoked and inside its validity window now.
    /// @return letterId the letter's id (its EIP-712 digest)
    /// @dev Reverts with `LetterRegistry_UnknownLetter`, `_Revoked`, `_NotYetValid` or
    /// `_LetterExpired` otherwise.
    function requireValid(Letter calldata letter) external view returns (bytes32 letterId);
}
