// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IConsortium
/// @notice What the other Yunxi contracts ask of the department registry.
interface IConsortium {
    /// @notice Checks that `account` is an active member of an active department holding at least
    /// one of `anyOfRoles` right now (credentialed roles only with an unexpired credential).
    /// @return department the member's department code
    /// @return roles the member's effective roles now (expired credentialed roles removed)
    /// @dev Reverts with `Consortium_Unauthorised(account, anyOfRoles)` otherwise.
    function requireRole(address account, uint16 anyOfRoles) external view returns (bytes32 department, uint16 roles);

    /// @notice Whether `account` can act with at least one of `anyOfRoles` right now.
    function hasRole(address account, uint16 anyOfRoles) external view returns (bool);

    /// @notice The address whose EIP-712 signature is `department`'s stamp (盖章).
    function sealOf(bytes32 department) external view returns (address);

    /// @notice Whether `department` is registered and not suspended.
    function isActiveDepartment(bytes32 department) external view returns (bool);
}
