// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title ICaseRegistry
/// @notice What the evidence, letter and request registries ask of the case registry.
interface ICaseRegistry {
    enum CaseStatus {
        None,
        Opened,
        Investigating,
        Decided,
        Paid,
        Referred,
        Closed
    }

    enum CloseResult {
        None,
        PenaltyExecuted,
        NoPenalty,
        Dismissed
    }

    /// @notice Checks that `account` holds one of `anyOfRoles` now, in a department entitled to
    /// the case (its owner, or a department it was handed off to).
    /// @return department the account's department
    /// @dev Reverts with `CaseRegistry_UnknownCase`, `CaseRegistry_NotEntitled` or
    /// `Consortium_Unauthorised` otherwise.
    function requireActor(bytes32 caseId, address account, uint16 anyOfRoles) external view returns (bytes32 department);

    /// @notice The case's status (`None` if unknown).
    function statusOf(bytes32 caseId) external view returns (CaseStatus);
}
