// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {CaseTestBase} from "yunxi-test/cases/CaseTestBase.sol";
import {EvidenceRegistry} from "yunxi/EvidenceRegistry.sol";

/// @notice Shared ground of the EvidenceRegistry tests: records built field by field, the id and
/// commitment computed here from their documented definitions (not through the registry), and a
/// deposit helper that returns the record exactly as the chain committed it.
abstract contract EvidenceTestBase is CaseTestBase {
    bytes32 internal constant VIDEO_SHA256 = keccak256("sha256 of the video");
    bytes32 internal constant VIDEO_SM3 = keccak256("sm3 of the video");
    bytes32 internal constant VIDEO_BLOB = keccak256("encrypted video blob");
    bytes32 internal constant VIDEO_META = keccak256(unicode"2026-11-28 08:15 洪塘 camera 3");

    function _evidenceId(bytes32 caseId, bytes32 sha, bytes32 supersedes) internal pure returns (bytes32) {
        return keccak256(abi.encode(caseId, sha, supersedes));
    }

    function _commitment(EvidenceRegistry.EvidenceRecord memory r) internal pure returns (bytes32) {
        return keccak256(abi.encode(r));
    }

    /// @dev The photo of the seed, as `depositor` would deposit it now in `caseId`.
    function _photo(bytes32 caseId, address depositor) internal view returns (EvidenceRegistry.EvidenceRecord memory) {
        return EvidenceRegistry.EvidenceRecord({
            caseId: caseId,
            contentSha256: PHOTO_SHA256,
            contentSm3: PHOTO_SM3,
            kind: KIND_PHOTO,
            blobRef: PHOTO_BLOB,
            metadataHash: PHOTO_META,
            depositor: depositor,
            depositedAt: uint64(block.timestamp),
            supersedes: bytes32(0)
        });
    }

    /// @dev Deposits `r` (a plain deposit, or a correction of `superseded` if `r.supersedes` is
    /// set) as `r.depositor`, now; returns the record as committed (time filled in) and its id.
    function _deposit(EvidenceRegistry.EvidenceRecord memory r)
        internal
        returns (EvidenceRegistry.EvidenceRecord memory committed, bytes32 id)
    {
        vm.prank(r.depositor);
        id = evidence.deposit(r.caseId, r.contentSha256, r.contentSm3, r.kind, r.blobRef, r.metadataHash);
        committed = r;
        committed.depositedAt = uint64(block.timestamp);
    }

    function _correct(
        EvidenceRegistry.EvidenceRecord memory superseded,
        address depositor,
        bytes32 sha,
        bytes32 sm3,
        uint8 kind,
        bytes32 blobRef,
        bytes32 metadataHash
    ) internal returns (EvidenceRegistry.EvidenceRecord memory committed, bytes32 id) {
        vm.prank(depositor);
        id = evidence.correct(superseded, sha, sm3, kind, blobRef, metadataHash);
        committed = EvidenceRegistry.EvidenceRecord({
            caseId: superseded.caseId,
            contentSha256: sha,
            contentSm3: sm3,
            kind: kind,
            blobRef: blobRef,
            metadataHash: metadataHash,
            depositor: depositor,
            depositedAt: uint64(block.timestamp),
            supersedes: _evidenceId(superseded.caseId, superseded.contentSha256, superseded.supersedes)
        });
    }

    function _expectDeposited(bytes32 id, EvidenceRegistry.EvidenceRecord memory r) internal {
        vm.expectEmit(true, true, true, true, address(evidence));
        emit EvidenceRegistry.EvidenceDeposited(
            id,
            r.caseId,
            r.contentSha256,
            r.contentSm3,
            r.kind,
            r.blobRef,
            r.metadataHash,
            r.depositor,
            r.depositedAt,
            r.supersedes
        );
    }
}
