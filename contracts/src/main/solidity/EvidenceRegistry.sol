// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IConsortium} from "./interfaces/IConsortium.sol";
import {ICaseRegistry} from "./interfaces/ICaseRegistry.sol";
import {IEvidenceRegistry} from "./interfaces/IEvidenceRegistry.sol";
import {Roles} from "./Roles.sol";

/// @title EvidenceRegistry — append-only evidence deposits (数据存证)
/// @notice One item: `deposit` records the content's SHA-256 (the judicial default) and SM3
/// (国密) digests, its kind, the reference of the encrypted blob and a metadata hash, with the
/// depositor and the time. Many items: `anchorBatch` records one Merkle root (OpenZeppelin
/// StandardMerkleTree; leaf schema below). Nothing is ever overwritten: a correction is a new
/// record that names the one it supersedes. Access to evidence — in particular through a
/// fulfilled data request — is recorded as a custody event.
///
/// Storage holds one 32-byte commitment per record (and per batch); the full record is in the
/// event. `recordMatches` checks a record read from an event (or anywhere) against the chain.
///
/// Batch leaf schema (StandardMerkleTree, leaf = keccak256(bytes.concat(keccak256(abi.encode(…))))):
///     ["bytes32 caseId", "bytes32 contentSha256", "bytes32 contentSm3", "uint8 kind", "bytes32 blobRef", "bytes32 metadataHash"]
contract EvidenceRegistry is IEvidenceRegistry {
    /// @notice A deposited record, exactly as committed and emitted.
    struct EvidenceRecord {
        bytes32 caseId;
        bytes32 contentSha256;
        bytes32 contentSm3;
        uint8 kind;
        bytes32 blobRef;
        bytes32 metadataHash;
        address depositor;
        uint64 depositedAt;
        bytes32 supersedes;
    }

    /// @notice One item of an anchored batch (the Merkle leaf's values, in schema order).
    struct BatchLeaf {
        bytes32 caseId;
        bytes32 contentSha256;
        bytes32 contentSm3;
        uint8 kind;
        bytes32 blobRef;
        bytes32 metadataHash;
    }

    /// @notice An anchored batch, exactly as committed and emitted.
    struct Batch {
        bytes32 root;
        bytes32 department;
        address anchorer;
        uint32 itemCount;
        bytes32 manifestRef;
        bytes32 metadataHash;
        uint64 anchoredAt;
    }

    /// @notice Custody actions. Only `ReceivedViaRequest` is recorded by the request registry.
    enum CustodyAction {
        None,
        ReceivedViaRequest, // the requester received and decrypted a data-request response
        Accessed, // a member or auditor opened (decrypted) the evidence
        Exported, // an evidence package was exported (e.g. for a court)
        Shared // handed to another party outside the chain
    }

    error EvidenceRegistry_InvalidDigest();
    error EvidenceRegistry_InvalidBlobRef();
    error EvidenceRegistry_DuplicateContent(bytes32 caseId, bytes32 contentSha256, bytes32 evidenceId);
    error EvidenceRegistry_UnknownEvidence(bytes32 evidenceId);
    error EvidenceRegistry_RecordMismatch(bytes32 evidenceId);
    error EvidenceRegistry_InvalidRoot();
    error EvidenceRegistry_EmptyBatch();
    error EvidenceRegistry_DuplicateRoot(bytes32 root);
    error EvidenceRegistry_InvalidCustodyAction(CustodyAction action);
    error EvidenceRegistry_NotRequestRegistry(address caller);
    error EvidenceRegistry_AlreadyLinked(address requestRegistry);
    error EvidenceRegistry_NotDeployer(address caller);
    error EvidenceRegistry_InvalidAddress();

    event EvidenceDeposited(
        bytes32 indexed evidenceId,
        bytes32 indexed caseId,
        bytes32 indexed contentSha256,
        bytes32 contentSm3,
        uint8 kind,
        bytes32 blobRef,
        bytes32 metadataHash,
        address depositor,
        uint64 depositedAt,
        bytes32 supersedes
    );
    event BatchAnchored(
        bytes32 indexed root,
        bytes32 indexed department,
        address indexed anchorer,
        uint32 itemCount,
        bytes32 manifestRef,
        bytes32 metadataHash,
        uint64 anchoredAt
    );
    event CustodyRecorded(
        bytes32 indexed subject,
        bytes32 indexed caseId,
        address indexed actor,
        CustodyAction action,
        bytes32 ref,
        uint64 timestamp
    );
    event RequestRegistryLinked(address requestRegistry);

    IConsortium private immutable _consortium;
    ICaseRegistry private immutable _cases;
    /// @dev Only to link the request registry once (the two point at each other); no other power.
    address private immutable _deployer;
    address private _requestRegistry;

    mapping(bytes32 evidenceId => bytes32 commitment) private _records;
    mapping(bytes32 root => bytes32 commitment) private _batches;

    constructor(IConsortium consortium_, ICaseRegistry cases_) {
        _consortium = consortium_;
        _cases = cases_;
        _deployer = msg.sender;
    }

    /// @notice Links the data-request registry, whose confirmations record custody. Once, by the
    /// deployer; it cannot be changed afterwards.
    function linkRequestRegistry(address requestRegistry_) external {
        if (msg.sender != _deployer) revert EvidenceRegistry_NotDeployer(msg.sender);
        if (_requestRegistry != address(0)) revert EvidenceRegistry_AlreadyLinked(_requestRegistry);
        if (requestRegistry_ == address(0)) revert EvidenceRegistry_InvalidAddress();
        _requestRegistry = requestRegistry_;
        emit RequestRegistryLinked(requestRegistry_);
    }

    // ---------------------------------------------------------------- deposits

    /// @notice Deposits one evidence item in a case. Caller: OFFICER or CAPTAIN of a department
    /// entitled to the case. The same content (SHA-256) in the same case is refused with
    /// `EvidenceRegistry_DuplicateContent`. Any stage of the case is fine, closed included:
    /// archive scans and court enforcement records arrive after closing.
    /// @param kind the evidence kind (photo, video, statement, … — see the SDK's `EvidenceKind`)
    /// @param blobRef the content address of the encrypted blob
    /// @param metadataHash hash of the item's metadata (capture time, place, device, …)
    /// @return evidenceId keccak256(abi.encode(caseId, contentSha256, bytes32(0)))
    function deposit(
        bytes32 caseId,
        bytes32 contentSha256,
        bytes32 contentSm3,
        uint8 kind,
        bytes32 blobRef,
        bytes32 metadataHash
    ) external returns (bytes32 evidenceId) {
        return _deposit(
            EvidenceRecord(caseId, contentSha256, contentSm3, kind, blobRef, metadataHash, msg.sender, 0, 0)
        );
    }

    /// @notice Deposits a correction: a new record in the same case that supersedes `superseded`
    /// (passed in full and checked against its commitment). The superseded record stays.
    /// Caller: as for `deposit`.
    /// @return evidenceId keccak256(abi.encode(caseId, contentSha256, supersededId))
    function correct(
        EvidenceRecord calldata superseded,
        bytes32 contentSha256,
        bytes32 contentSm3,
        uint8 kind,
        bytes32 blobRef,
        bytes32 metadataHash
    ) external returns (bytes32 evidenceId) {
        bytes32 supersededId = idOf(superseded);
        if (_records[supersededId] == bytes32(0)) revert EvidenceRegistry_UnknownEvidence(supersededId);
        if (_records[supersededId] != commitmentOf(superseded)) revert EvidenceRegistry_RecordMismatch(supersededId);
        return _deposit(
            EvidenceRecord(
                superseded.caseId, contentSha256, contentSm3, kind, blobRef, metadataHash, msg.sender, 0, supersededId
            )
        );
    }

    /// @notice Anchors a batch: one Merkle root over `itemCount` items (leaf schema in the contract
    /// description). Caller: OFFICER or CAPTAIN of an active department. The same root is refused.
    /// @param manifestRef content address of the batch manifest blob (its leaves; no content)
    function anchorBatch(bytes32 root, uint32 itemCount, bytes32 manifestRef, bytes32 metadataHash) external {
        if (root == bytes32(0)) revert EvidenceRegistry_InvalidRoot();
        if (itemCount == 0) revert EvidenceRegistry_EmptyBatch();
        if (manifestRef == bytes32(0)) revert EvidenceRegistry_InvalidBlobRef();
        (bytes32 department,) = _consortium.requireRole(msg.sender, Roles.OFFICER | Roles.CAPTAIN);
        if (_batches[root] != bytes32(0)) revert EvidenceRegistry_DuplicateRoot(root);
        uint64 now_ = _time();
        _batches[root] =
            batchCommitmentOf(Batch(root, department, msg.sender, itemCount, manifestRef, metadataHash, now_));
        emit BatchAnchored(root, department, msg.sender, itemCount, manifestRef, metadataHash, now_);
    }

    // ---------------------------------------------------------------- custody

    /// @inheritdoc IEvidenceRegistry
    /// @dev Subject: the request (its response is in `RequestFulfilled`); reference: the letter.
    function recordRequestCustody(bytes32 requestId, bytes32 caseId, bytes32 letterId, address receiver) external {
        if (msg.sender != _requestRegistry) revert EvidenceRegistry_NotRequestRegistry(msg.sender);
        emit CustodyRecorded(requestId, caseId, receiver, CustodyAction.ReceivedViaRequest, letterId, _time());
    }

    /// @notice Records that the caller accessed, exported or shared evidence of a case.
    /// Caller: any member of a department entitled to the case, or an AUDITOR (any case).
    /// @param subject the evidence id (or response hash) concerned
    /// @param ref e.g. the hash of the exported package, or of the access purpose
    function recordAccess(bytes32 subject, bytes32 caseId, CustodyAction action, bytes32 ref) external {
        if (action == CustodyAction.None || action == CustodyAction.ReceivedViaRequest) {
            revert EvidenceRegistry_InvalidCustodyAction(action);
        }
        if (!_consortium.hasRole(msg.sender, Roles.AUDITOR)) _cases.requireActor(caseId, msg.sender, Roles.ALL);
        emit CustodyRecorded(subject, caseId, msg.sender, action, ref, _time());
    }

    // ---------------------------------------------------------------- views

    /// @notice The id of a record: one per (case, content, superseded record).
    function evidenceIdOf(bytes32 caseId, bytes32 contentSha256, bytes32 supersedes) public pure returns (bytes32) {
        return keccak256(abi.encode(caseId, contentSha256, supersedes));
    }

    /// @notice The id of `r`.
    function idOf(EvidenceRecord calldata r) public pure returns (bytes32) {
        return evidenceIdOf(r.caseId, r.contentSha256, r.supersedes);
    }

    /// @notice The commitment stored for `r`: keccak256(abi.encode(r)).
    function commitmentOf(EvidenceRecord memory r) public pure returns (bytes32) {
        return keccak256(abi.encode(r));
    }

    /// @notice The commitment stored for batch `b`: keccak256(abi.encode(b)).
    function batchCommitmentOf(Batch memory b) public pure returns (bytes32) {
        return keccak256(abi.encode(b));
    }

    /// @notice Whether a record with this id was deposited.
    function isDeposited(bytes32 evidenceId) external view returns (bool) {
        return _records[evidenceId] != bytes32(0);
    }

    /// @notice The stored commitment of a record (zero if none).
    function recordCommitment(bytes32 evidenceId) external view returns (bytes32) {
        return _records[evidenceId];
    }

    /// @notice Whether `r` is exactly a deposited record (every field, depositor and time included).
    function recordMatches(EvidenceRecord calldata r) external view returns (bool) {
        bytes32 stored = _records[idOf(r)];
        return stored != bytes32(0) && stored == commitmentOf(r);
    }

    /// @notice Whether `root` was anchored.
    function isAnchored(bytes32 root) external view returns (bool) {
        return _batches[root] != bytes32(0);
    }

    /// @notice Whether `b` is exactly an anchored batch.
    function batchMatches(Batch calldata b) external view returns (bool) {
        bytes32 stored = _batches[b.root];
        return stored != bytes32(0) && stored == batchCommitmentOf(b);
    }

    /// @notice The StandardMerkleTree leaf hash of `leaf`.
    function leafHash(BatchLeaf calldata leaf) public pure returns (bytes32) {
        return keccak256(
            bytes.concat(
                keccak256(
                    abi.encode(
                        leaf.caseId, leaf.contentSha256, leaf.contentSm3, leaf.kind, leaf.blobRef, leaf.metadataHash
                    )
                )
            )
        );
    }

    /// @notice Whether `leaf` is an item of the anchored batch `root`, by its Merkle proof.
    function verifyBatchItem(bytes32 root, BatchLeaf calldata leaf, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        return _batches[root] != bytes32(0) && MerkleProof.verifyCalldata(proof, root, leafHash(leaf));
    }

    /// @notice The request registry allowed to record request custody (zero until linked).
    function requestRegistry() external view returns (address) {
        return _requestRegistry;
    }

    // ---------------------------------------------------------------- internals

    function _deposit(EvidenceRecord memory r) private returns (bytes32 evidenceId) {
        if (r.contentSha256 == bytes32(0) || r.contentSm3 == bytes32(0)) revert EvidenceRegistry_InvalidDigest();
        if (r.blobRef == bytes32(0)) revert EvidenceRegistry_InvalidBlobRef();
        _cases.requireActor(r.caseId, msg.sender, Roles.OFFICER | Roles.CAPTAIN);
        evidenceId = evidenceIdOf(r.caseId, r.contentSha256, r.supersedes);
        if (_records[evidenceId] != bytes32(0)) {
            revert EvidenceRegistry_DuplicateContent(r.caseId, r.contentSha256, evidenceId);
        }
        r.depositedAt = _time();
        _records[evidenceId] = commitmentOf(r);
        emit EvidenceDeposited(
            evidenceId,
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

    /// @dev The clock, in one place so that tests and audits see where time enters.
    function _time() internal view virtual returns (uint64) {
        return uint64(block.timestamp);
    }
}
