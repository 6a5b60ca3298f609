// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IConsortium} from "./interfaces/IConsortium.sol";
import {ICaseRegistry} from "./interfaces/ICaseRegistry.sol";
import {IEvidenceRegistry} from "./interfaces/IEvidenceRegistry.sol";
import {ILetterRegistry} from "./interfaces/ILetterRegistry.sol";
import {Roles} from "./Roles.sol";

/// @title DataRequestRegistry — cross-department data requests (跨部门数据调取)
/// @notice The seed's flow, every step timestamped so that turnaround can be measured:
///
///     OFFICER create ─▶ CAPTAIN (≠ creator) approve ─▶ OFFICE bindLetter ─▶ target CUSTODIAN
///     accept (or reject) ─▶ CUSTODIAN fulfil with a stamped, encrypted response ─▶ creator
///     confirmReceipt (recorded as custody in the EvidenceRegistry)
///
/// Cancel before acceptance (creator or CAPTAIN); expire after the deadline (anyone).
/// Fulfilment re-checks, at that moment, that the bound letter is registered, unrevoked, inside
/// its window, in scope (case, categories, holder) and aimed at the fulfilling department.
///
/// A request is stored as one status slot (plus the bound letter): every
/// call takes the `Request` itself and the contract checks it against its id,
/// `requestId = keccak256(abi.encode(request))`. The full request is in `RequestCreated`.
///
/// The stamp (盖章) is an EIP-712 signature by the target department's seal key over
/// `Stamp(bytes32 requestId,bytes32 responseHash,bytes32 blobRef,uint64 deadline)`, domain
/// "Yunxi DataRequestRegistry" version "1" on this chain and contract. The request id is the
/// stamp's nonce: a request is fulfilled once, so a stamp can never be used twice; `deadline`
/// bounds how long a prepared stamp stays usable.
contract DataRequestRegistry is EIP712 {
    /// @dev keccak256("Stamp(bytes32 requestId,bytes32 responseHash,bytes32 blobRef,uint64 deadline)")
    bytes32 public constant STAMP_TYPEHASH =
        keccak256("Stamp(bytes32 requestId,bytes32 responseHash,bytes32 blobRef,uint64 deadline)");

    /// @notice A data request. Immutable; its hash is its id.
    struct Request {
        bytes32 caseId;
        bytes32 requesterDepartment;
        bytes32 targetDepartment;
        uint256 categories; // bit mask of the data categories asked for
        bytes32 queryCommitment; // commitment to the query (e.g. salted hash of a plate number)
        address creator;
        uint64 deadline;
        uint64 salt; // distinguishes otherwise identical requests
    }

    enum Status {
        None,
        Created,
        Approved,
        LetterBound,
        Accepted,
        Rejected,
        Fulfilled,
        Confirmed,
        Cancelled,
        Expired
    }

    /// @notice A request's state as stored: status and approver share a slot; the bound letter
    /// takes a second. The response itself is in `RequestFulfilled` (nothing later checks it).
    struct State {
        Status status;
        address approver;
        bytes32 letterId;
    }

    error DataRequestRegistry_NotCreator(address caller, address creator);
    error DataRequestRegistry_WrongDepartment(bytes32 expected, bytes32 actual);
    error DataRequestRegistry_InvalidTarget(bytes32 targetDepartment);
    error DataRequestRegistry_NoCategories();
    error DataRequestRegistry_InvalidDeadline(uint64 deadline);
    error DataRequestRegistry_CaseClosed(bytes32 caseId);
    error DataRequestRegistry_RequestExists(bytes32 requestId);
    error DataRequestRegistry_UnknownRequest(bytes32 requestId);
    error DataRequestRegistry_InvalidStatus(bytes32 requestId, Status status);
    error DataRequestRegistry_SelfApproval(bytes32 requestId, address creator);
    error DataRequestRegistry_RequestExpired(bytes32 requestId, uint64 deadline);
    error DataRequestRegistry_NotExpired(bytes32 requestId, uint64 deadline);
    error DataRequestRegistry_LetterOutOfScope(bytes32 requestId, bytes32 letterId);
    error DataRequestRegistry_LetterNotBound(bytes32 requestId, bytes32 letterId);
    error DataRequestRegistry_InvalidResponse();
    error DataRequestRegistry_StampExpired(uint64 deadline);
    error DataRequestRegistry_InvalidStamp(address signer, address seal);

    event RequestCreated(
        bytes32 indexed requestId,
        bytes32 indexed caseId,
        bytes32 indexed targetDepartment,
        bytes32 requesterDepartment,
        address creator,
        uint256 categories,
        bytes32 queryCommitment,
        uint64 deadline,
        uint64 salt,
        uint64 timestamp
    );
    event RequestApproved(bytes32 indexed requestId, address indexed approver, uint64 timestamp);
    event LetterBound(bytes32 indexed requestId, bytes32 indexed letterId, address indexed by, uint64 timestamp);
    event RequestAccepted(bytes32 indexed requestId, address indexed custodian, uint64 timestamp);
    event RequestRejected(bytes32 indexed requestId, address indexed custodian, bytes32 reasonHash, uint64 timestamp);
    event RequestFulfilled(
        bytes32 indexed requestId,
        address indexed custodian,
        bytes32 responseHash,
        bytes32 blobRef,
        address seal,
        uint64 stampDeadline,
        bytes stamp,
        uint64 timestamp
    );
    event ReceiptConfirmed(bytes32 indexed requestId, address indexed by, uint64 timestamp);
    event RequestCancelled(bytes32 indexed requestId, address indexed by, uint64 timestamp);
    event RequestExpired(bytes32 indexed requestId, address indexed by, uint64 timestamp);

    IConsortium private immutable _consortium;
    ICaseRegistry private immutable _cases;
    ILetterRegistry private immutable _letters;
    IEvidenceRegistry private immutable _evidence;

    mapping(bytes32 requestId => State) private _states;

    constructor(IConsortium consortium_, ICaseRegistry cases_, ILetterRegistry letters_, IEvidenceRegistry evidence_)
        EIP712("Yunxi DataRequestRegistry", "1")
    {
        _consortium = consortium_;
        _cases = cases_;
        _letters = letters_;
        _evidence = evidence_;
    }

    /// @notice Files a request for another department's data in a case of the caller's department.
    /// Caller: `request.creator`, an OFFICER of `requesterDepartment`, entitled to the (open) case.
    /// @return requestId keccak256(abi.encode(request))
    function create(Request calldata request) external returns (bytes32 requestId) {
        if (msg.sender != request.creator) revert DataRequestRegistry_NotCreator(msg.sender, request.creator);
        bytes32 department = _cases.requireActor(request.caseId, msg.sender, Roles.OFFICER);
        _expectDepartment(request.requesterDepartment, department);
        if (_cases.statusOf(request.caseId) == ICaseRegistry.CaseStatus.Closed) {
            revert DataRequestRegistry_CaseClosed(request.caseId);
        }
        bytes32 target = request.targetDepartment;
        if (target == department || !_consortium.isActiveDepartment(target)) {
            revert DataRequestRegistry_InvalidTarget(target);
        }
        if (request.categories == 0) revert DataRequestRegistry_NoCategories();
        uint64 now_ = _time();
        if (request.deadline <= now_) revert DataRequestRegistry_InvalidDeadline(request.deadline);

        requestId = idOf(request);
        State storage s = _states[requestId];
        if (s.status != Status.None) revert DataRequestRegistry_RequestExists(requestId);
        s.status = Status.Created;
        emit RequestCreated(
            requestId,
            request.caseId,
            target,
            department,
            msg.sender,
            request.categories,
            request.queryCommitment,
            request.deadline,
            request.salt,
            now_
        );
    }

    /// @notice Approves a request (队长审核). Caller: a CAPTAIN of the requesting department who
    /// is not the creator.
    function approve(Request calldata request) external {
        (bytes32 requestId, State storage s) = _live(request, Status.Created);
        (bytes32 department,) = _consortium.requireRole(msg.sender, Roles.CAPTAIN);
        _expectDepartment(request.requesterDepartment, department);
        if (msg.sender == request.creator) revert DataRequestRegistry_SelfApproval(requestId, msg.sender);
        s.status = Status.Approved;
        s.approver = msg.sender;
        emit RequestApproved(requestId, msg.sender, _time());
    }

    /// @notice Binds the introduction letter the bureau office issued for this request. The
    /// letter must be valid now and match the request: same case, target, issuing department,
    /// holder = creator, covering every category asked for. Caller: OFFICE of the requesting
    /// department.
    function bindLetter(Request calldata request, ILetterRegistry.Letter calldata letter) external {
        (bytes32 requestId, State storage s) = _live(request, Status.Approved);
        (bytes32 department,) = _consortium.requireRole(msg.sender, Roles.OFFICE);
        _expectDepartment(request.requesterDepartment, department);
        bytes32 letterId = _letters.requireValid(letter);
        _checkScope(requestId, request, letterId, letter);
        s.status = Status.LetterBound;
        s.letterId = letterId;
        emit LetterBound(requestId, letterId, msg.sender, _time());
    }

    /// @notice Accepts a request for processing. Caller: CUSTODIAN of the target department.
    function accept(Request calldata request) external {
        (bytes32 requestId, State storage s) = _live(request, Status.LetterBound);
        _requireCustodian(request);
        s.status = Status.Accepted;
        emit RequestAccepted(requestId, msg.sender, _time());
    }

    /// @notice Rejects a request, with the hash of the reason. Caller: CUSTODIAN of the target
    /// department, before fulfilment.
    function reject(Request calldata request, bytes32 reasonHash) external {
        bytes32 requestId = idOf(request);
        State storage s = _states[requestId];
        Status status = s.status;
        if (status != Status.LetterBound && status != Status.Accepted) {
            _revertStatus(requestId, status);
        }
        if (reasonHash == bytes32(0)) revert DataRequestRegistry_InvalidResponse();
        _requireCustodian(request);
        s.status = Status.Rejected;
        emit RequestRejected(requestId, msg.sender, reasonHash, _time());
    }

    /// @notice Fulfils an accepted request with the encrypted response and the department's stamp.
    /// Re-checks the bound letter now. Caller: CUSTODIAN of the target department.
    /// @param responseHash SHA-256 of the plaintext response
    /// @param blobRef content address of the response encrypted to the requesting department
    /// @param stampDeadline last moment the stamp may be used
    /// @param stamp the seal key's EIP-712 signature of the `Stamp`
    function fulfil(
        Request calldata request,
        ILetterRegistry.Letter calldata letter,
        bytes32 responseHash,
        bytes32 blobRef,
        uint64 stampDeadline,
        bytes calldata stamp
    ) external {
        (bytes32 requestId, State storage s) = _live(request, Status.Accepted);
        _requireCustodian(request);
        if (responseHash == bytes32(0) || blobRef == bytes32(0)) revert DataRequestRegistry_InvalidResponse();

        bytes32 letterId = _letters.requireValid(letter);
        if (letterId != s.letterId) revert DataRequestRegistry_LetterNotBound(requestId, letterId);
        _checkScope(requestId, request, letterId, letter);

        uint64 now_ = _time();
        if (now_ > stampDeadline) revert DataRequestRegistry_StampExpired(stampDeadline);
        address seal = _consortium.sealOf(request.targetDepartment);
        address signer = ECDSA.recover(stampDigest(requestId, responseHash, blobRef, stampDeadline), stamp);
        if (signer != seal) revert DataRequestRegistry_InvalidStamp(signer, seal);

        s.status = Status.Fulfilled;
        emit RequestFulfilled(requestId, msg.sender, responseHash, blobRef, seal, stampDeadline, stamp, now_);
    }

    /// @notice Confirms receipt of the response; recorded as a custody event in the evidence
    /// registry. Caller: the creator, still an OFFICER of the requesting department.
    function confirmReceipt(Request calldata request) external {
        bytes32 requestId = idOf(request);
        State storage s = _states[requestId];
        if (s.status != Status.Fulfilled) _revertStatus(requestId, s.status);
        if (msg.sender != request.creator) revert DataRequestRegistry_NotCreator(msg.sender, request.creator);
        (bytes32 department,) = _consortium.requireRole(msg.sender, Roles.OFFICER);
        _expectDepartment(request.requesterDepartment, department);
        s.status = Status.Confirmed;
        _evidence.recordRequestCustody(requestId, request.caseId, s.letterId, msg.sender);
        emit ReceiptConfirmed(requestId, msg.sender, _time());
    }

    /// @notice Cancels a request not yet accepted. Caller: the creator, or a CAPTAIN of the
    /// requesting department.
    function cancel(Request calldata request) external {
        bytes32 requestId = idOf(request);
        State storage s = _states[requestId];
        Status status = s.status;
        if (status != Status.Created && status != Status.Approved && status != Status.LetterBound) {
            _revertStatus(requestId, status);
        }
        uint16 roles = msg.sender == request.creator ? Roles.OFFICER | Roles.CAPTAIN : Roles.CAPTAIN;
        (bytes32 department,) = _consortium.requireRole(msg.sender, roles);
        _expectDepartment(request.requesterDepartment, department);
        s.status = Status.Cancelled;
        emit RequestCancelled(requestId, msg.sender, _time());
    }

    /// @notice Marks an unfinished request whose deadline has passed as expired. Anyone.
    function expire(Request calldata request) external {
        bytes32 requestId = idOf(request);
        State storage s = _states[requestId];
        Status status = s.status;
        if (status == Status.None || uint8(status) > uint8(Status.Accepted)) {
            _revertStatus(requestId, status);
        }
        if (_time() <= request.deadline) revert DataRequestRegistry_NotExpired(requestId, request.deadline);
        s.status = Status.Expired;
        emit RequestExpired(requestId, msg.sender, _time());
    }

    // ---------------------------------------------------------------- views

    /// @notice A request's id: keccak256(abi.encode(request)).
    function idOf(Request calldata request) public pure returns (bytes32) {
        return keccak256(abi.encode(request));
    }

    /// @notice A request's state (all zero if unknown).
    function stateOf(bytes32 requestId) external view returns (State memory) {
        return _states[requestId];
    }

    /// @notice The EIP-712 digest the target department's seal signs to stamp a response.
    function stampDigest(bytes32 requestId, bytes32 responseHash, bytes32 blobRef, uint64 deadline)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(STAMP_TYPEHASH, requestId, responseHash, blobRef, deadline)));
    }

    /// @notice The EIP-712 domain separator (changes with the chain id).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ---------------------------------------------------------------- internals

    /// @dev The request's state, which must be `expected` and before the request's deadline.
    function _live(Request calldata request, Status expected) private view returns (bytes32 id, State storage s) {
        id = idOf(request);
        s = _states[id];
        if (s.status != expected) _revertStatus(id, s.status);
        if (_time() > request.deadline) revert DataRequestRegistry_RequestExpired(id, request.deadline);
    }

    function _requireCustodian(Request calldata request) private view {
        (bytes32 department,) = _consortium.requireRole(msg.sender, Roles.CUSTODIAN);
        _expectDepartment(request.targetDepartment, department);
    }

    /// @dev The letter covers exactly this request: its case, its target, its requesting
    /// department and creator, and every category asked for.
    function _checkScope(
        bytes32 requestId,
        Request calldata request,
        bytes32 letterId,
        ILetterRegistry.Letter calldata letter
    ) private pure {
        bool inScope = letter.requestId == requestId && letter.caseId == request.caseId
            && letter.targetDepartment == request.targetDepartment
            && letter.issuerDepartment == request.requesterDepartment && letter.holder == request.creator
            && request.categories & ~letter.categories == 0;
        if (!inScope) revert DataRequestRegistry_LetterOutOfScope(requestId, letterId);
    }

    function _expectDepartment(bytes32 expected, bytes32 actual) private pure {
        if (expected != actual) revert DataRequestRegistry_WrongDepartment(expected, actual);
    }

    function _revertStatus(bytes32 requestId, Status status) private pure {
        if (status == Status.None) revert DataRequestRegistry_UnknownRequest(requestId);
        revert DataRequestRegistry_InvalidStatus(requestId, status);
    }

    /// @dev The clock, in one place so that tests and audits see where time enters.
    function _time() internal view virtual returns (uint64) {
        return uint64(block.timestamp);
    }
}
