// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Roles
/// @notice The member roles of the consortium, as bits of a `uint16` mask. A member may hold
/// several. OFFICER and CAPTAIN carry enforcement powers and need an unexpired enforcement
/// credential to be exercised (supervisors check the credential first).
library Roles {
    uint16 internal constant OFFICER = 1 << 0; // 执法队员: opens cases, deposits evidence, requests data
    uint16 internal constant CAPTAIN = 1 << 1; // 队长: approves requests, decides and closes cases
    uint16 internal constant OFFICE = 1 << 2; // 局办公室: issues introduction letters, refers to court
    uint16 internal constant CUSTODIAN = 1 << 3; // data custodian of a providing department
    uint16 internal constant AUDITOR = 1 << 4; // 执法监督: reads and records access, changes nothing else
    uint16 internal constant ADMIN = 1 << 5; // manages its own department's members and keys; votes

    /// @dev Every role bit; any other bit in a mask is invalid.
    uint16 internal constant ALL = OFFICER | CAPTAIN | OFFICE | CUSTODIAN | AUDITOR | ADMIN;

    /// @dev Roles that are enforcement powers and therefore need a valid credential.
    uint16 internal constant CREDENTIALED = OFFICER | CAPTAIN;
}
