// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IEvidenceRegistry
/// @notice What the data-request registry asks of the evidence registry.
interface IEvidenceRegistry {
    /// @notice Records that `receiver` received (and decrypted) the response to data request
    /// `requestId` in case `caseId`, under introduction letter `letterId` — every access to
    /// personal data leaves a trace. Caller: the linked data-request registry only.
    function recordRequestCustody(bytes32 requestId, bytes32 caseId, bytes32 letterId, address receiver) external;
}
