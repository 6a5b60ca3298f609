// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IConsortium} from "./interfaces/IConsortium.sol";
import {ICaseRegistry} from "./interfaces/ICaseRegistry.sol";
import {Roles} from "./Roles.sol";

/// @title CaseRegistry — the enforcement case lifecycle (立案 → 调查 → 处罚决定 → 缴款/非诉执行 → 结案)
/// @notice A case is identified by `caseId`, the keccak-256 of its external case number, and is
/// owned by one department. Allowed moves:
///
///     Opened ──startInvestigation──▶ Investigating ──decide──▶ Decided ──recordPayment──▶ Paid
///       │  (simple cases decide straight from Opened)           │  └─referToCourt (after the
///       │                                                       │     review/litigation deadline,
///       └──close (no penalty / dismissed) ◀── any of these ─────┘     unpaid)──▶ Referred
///                                              └──close──▶ Closed (penalty executed …)
///
/// A hand-off (一件事: the fire brigade tickets a car in a fire lane and the case flows to the
/// traffic police) lets another department act on the case at once; a full transfer of ownership
/// needs the receiving department's acceptance. Only members of a department entitled to the
/// case (owner or handed-off), holding the role each step names, act.
contract CaseRegistry is ICaseRegistry {
    /// @notice The penalty decision (处罚决定书) as recorded on chain.
    struct Decision {
        bytes32 decisionHash; // hash of the signed penalty decision document
        bytes32 provisionsHash; // hash of the legal provisions applied (法律依据)
        uint64 fineFen; // the fine in fen (分); zero for a penalty without a fine (e.g. a warning)
        uint64 paymentDue; // when the fine must be paid; zero iff fineFen is zero
        uint64 reviewDeadline; // end of the administrative review / litigation period
    }

    /// @notice A case as stored: two slots.
    struct CaseRecord {
        bytes32 owner;
        CaseStatus status;
        bool simple;
        CloseResult result;
        uint16 caseType;
        uint40 openedAt;
        uint40 paymentDue;
        uint40 reviewDeadline;
        uint64 fineFen;
    }

    error CaseRegistry_InvalidCaseId();
    error CaseRegistry_CaseExists(bytes32 caseId);
    error CaseRegistry_UnknownCase(bytes32 caseId);
    error CaseRegistry_NotEntitled(bytes32 caseId, bytes32 department);
    error CaseRegistry_NotOwner(bytes32 caseId, bytes32 department);
    error CaseRegistry_InvalidTransition(bytes32 caseId, CaseStatus from, CaseStatus to);
    error CaseRegistry_InvalidDecision(bytes32 caseId);
    error CaseRegistry_InvalidHash();
    error CaseRegistry_NotSimpleCase(bytes32 caseId);
    error CaseRegistry_SimpleCase(bytes32 caseId);
    error CaseRegistry_NoFine(bytes32 caseId);
    error CaseRegistry_NotOverdue(bytes32 caseId, uint64 paymentDue);
    error CaseRegistry_ReviewPeriodRunning(bytes32 caseId, uint64 reviewDeadline);
    error CaseRegistry_InvalidResult(bytes32 caseId, CaseStatus status, CloseResult result);
    error CaseRegistry_InvalidDepartment(bytes32 department);
    error CaseRegistry_AlreadyEntitled(bytes32 caseId, bytes32 department);
    error CaseRegistry_NoPendingTransfer(bytes32 caseId);
    error CaseRegistry_NotTransferee(bytes32 caseId, bytes32 department);
    error CaseRegistry_CaseClosed(bytes32 caseId);

    event CaseOpened(
        bytes32 indexed caseId,
        bytes32 indexed department,
        address indexed officer,
        uint16 caseType,
        bool simple,
        uint64 timestamp
    );
    event InvestigationStarted(bytes32 indexed caseId, address indexed by, uint64 timestamp);
    event CaseDecided(
        bytes32 indexed caseId,
        address indexed by,
        bytes32 decisionHash,
        bytes32 provisionsHash,
        uint64 fineFen,
        uint64 paymentDue,
        uint64 reviewDeadline,
        uint64 timestamp
    );
    event PaymentRecorded(bytes32 indexed caseId, address indexed by, bytes32 receiptHash, uint64 timestamp);
    event ReminderRecorded(bytes32 indexed caseId, address indexed by, bytes32 noticeHash, uint64 timestamp);
    event NoticeRecorded(bytes32 indexed caseId, address indexed by, bytes32 noticeHash, uint64 timestamp);
    event ReferredToCourt(bytes32 indexed caseId, address indexed by, bytes32 referralHash, uint64 timestamp);
    event CaseClosed(
        bytes32 indexed caseId, address indexed by, CloseResult result, bytes32 summaryHash, uint64 timestamp
    );
    event CaseHandedOff(bytes32 indexed caseId, bytes32 indexed from, bytes32 indexed to, address by, uint64 timestamp);
    event TransferProposed(
        bytes32 indexed caseId, bytes32 indexed from, bytes32 indexed to, address by, uint64 timestamp
    );
    event TransferCancelled(bytes32 indexed caseId, bytes32 indexed to, address by, uint64 timestamp);
    event CaseTransferred(
        bytes32 indexed caseId, bytes32 indexed from, bytes32 indexed to, address by, uint64 timestamp
    );

    IConsortium private immutable _consortium;

    mapping(bytes32 caseId => CaseRecord) private _cases;
    mapping(bytes32 caseId => mapping(bytes32 department => bool)) private _handedOffTo;
    mapping(bytes32 caseId => bytes32 department) private _pendingTransfers;

    constructor(IConsortium consortium_) {
        _consortium = consortium_;
    }

    // ---------------------------------------------------------------- lifecycle

    /// @notice Opens (立案) a case owned by the caller's department. Caller: OFFICER.
    /// @param caseId keccak-256 of the external case number
    /// @param caseType the department's case-type code
    /// @param simple a simple-enforcement (简易程序) case: decided on the spot, no investigation
    function open(bytes32 caseId, uint16 caseType, bool simple) external {
        if (caseId == bytes32(0)) revert CaseRegistry_InvalidCaseId();
        (bytes32 department,) = _consortium.requireRole(msg.sender, Roles.OFFICER);
        CaseRecord storage c = _cases[caseId];
        if (c.status != CaseStatus.None) revert CaseRegistry_CaseExists(caseId);
        uint64 now_ = _time();
        c.owner = department;
        c.status = CaseStatus.Opened;
        c.simple = simple;
        c.caseType = caseType;
        // forge-lint: disable-next-line(unsafe-typecast) block time fits 40 bits until year 36812
        c.openedAt = uint40(now_);
        emit CaseOpened(caseId, department, msg.sender, caseType, simple, now_);
    }

    /// @notice Opened → Investigating (调查取证). Caller: OFFICER or CAPTAIN. Not for simple cases.
    function startInvestigation(bytes32 caseId) external {
        CaseRecord storage c = _entitledCase(caseId, Roles.OFFICER | Roles.CAPTAIN);
        if (c.simple) revert CaseRegistry_SimpleCase(caseId);
        _move(caseId, c, CaseStatus.Opened, CaseStatus.Investigating);
        emit InvestigationStarted(caseId, msg.sender, _time());
    }

    /// @notice Records the penalty decision (处罚决定). Investigating → Decided, by a CAPTAIN; for
    /// a simple case Opened → Decided, by the OFFICER on the spot (or a CAPTAIN).
    function decide(bytes32 caseId, Decision calldata decision) external {
        CaseRecord storage c = _cases[caseId];
        bool simple = c.simple;
        _entitledCase(caseId, simple ? Roles.OFFICER | Roles.CAPTAIN : Roles.CAPTAIN);
        _move(caseId, c, simple ? CaseStatus.Opened : CaseStatus.Investigating, CaseStatus.Decided);
        _checkDecision(caseId, decision);
        c.fineFen = decision.fineFen;
        // Both dates were checked to fit 40 bits in _checkDecision.
        c.paymentDue = uint40(decision.paymentDue);
        c.reviewDeadline = uint40(decision.reviewDeadline);
        emit CaseDecided(
            caseId,
            msg.sender,
            decision.decisionHash,
            decision.provisionsHash,
            decision.fineFen,
            decision.paymentDue,
            decision.reviewDeadline,
            _time()
        );
    }

    /// @notice Records that the fine was paid. Decided → Paid. Caller: OFFICER, CAPTAIN or OFFICE.
    /// @param receiptHash hash of the payment receipt (缴款凭证)
    function recordPayment(bytes32 caseId, bytes32 receiptHash) external {
        _requireHash(receiptHash);
        CaseRecord storage c = _entitledCase(caseId, Roles.OFFICER | Roles.CAPTAIN | Roles.OFFICE);
        if (c.fineFen == 0) revert CaseRegistry_NoFine(caseId);
        _move(caseId, c, CaseStatus.Decided, CaseStatus.Paid);
        emit PaymentRecorded(caseId, msg.sender, receiptHash, _time());
    }

    /// @notice Records an overdue reminder (催缴) for a decided, unpaid fine past its due date.
    /// Caller: OFFICER or OFFICE. The status does not change.
    function recordReminder(bytes32 caseId, bytes32 noticeHash) external {
        _requireHash(noticeHash);
        CaseRecord storage c = _entitledCase(caseId, Roles.OFFICER | Roles.OFFICE);
        if (c.status != CaseStatus.Decided) {
            revert CaseRegistry_InvalidTransition(caseId, c.status, CaseStatus.Decided);
        }
        if (c.fineFen == 0) revert CaseRegistry_NoFine(caseId);
        if (_time() <= c.paymentDue) revert CaseRegistry_NotOverdue(caseId, c.paymentDue);
        emit ReminderRecorded(caseId, msg.sender, noticeHash, _time());
    }

    /// @notice Refers an unpaid fine to the court for non-litigation enforcement (非诉执行),
    /// only once the review/litigation deadline has passed. Decided → Referred. Caller: OFFICE.
    function referToCourt(bytes32 caseId, bytes32 referralHash) external {
        _requireHash(referralHash);
        CaseRecord storage c = _entitledCase(caseId, Roles.OFFICE);
        if (c.fineFen == 0) revert CaseRegistry_NoFine(caseId);
        if (_time() <= c.reviewDeadline) revert CaseRegistry_ReviewPeriodRunning(caseId, c.reviewDeadline);
        _move(caseId, c, CaseStatus.Decided, CaseStatus.Referred);
        emit ReferredToCourt(caseId, msg.sender, referralHash, _time());
    }

    /// @notice Records a notice served in the case (e.g. the traffic police notifying the car's
    /// owner). Caller: OFFICER, CAPTAIN or OFFICE of an entitled department; case not closed.
    function recordNotice(bytes32 caseId, bytes32 noticeHash) external {
        _requireHash(noticeHash);
        CaseRecord storage c = _entitledCase(caseId, Roles.OFFICER | Roles.CAPTAIN | Roles.OFFICE);
        if (c.status == CaseStatus.Closed) revert CaseRegistry_CaseClosed(caseId);
        emit NoticeRecorded(caseId, msg.sender, noticeHash, _time());
    }

    /// @notice Closes (结案) a case with its result. Caller: CAPTAIN (for a simple case also the
    /// OFFICER). Allowed: Opened/Investigating → NoPenalty or Dismissed; Decided without fine,
    /// Paid or Referred → PenaltyExecuted; Referred → Dismissed (the court refused enforcement).
    function close(bytes32 caseId, CloseResult result, bytes32 summaryHash) external {
        _requireHash(summaryHash);
        CaseRecord storage c = _cases[caseId];
        _entitledCase(caseId, c.simple ? Roles.OFFICER | Roles.CAPTAIN : Roles.CAPTAIN);
        CaseStatus from = c.status;
        if (!_closeAllowed(c, result)) revert CaseRegistry_InvalidResult(caseId, from, result);
        c.status = CaseStatus.Closed;
        c.result = result;
        emit CaseClosed(caseId, msg.sender, result, summaryHash, _time());
    }

    // ---------------------------------------------------------------- hand-off and transfer

    /// @notice Hands the case off to another department (一件事): it may act on the case at once;
    /// ownership stays. Caller: OFFICER or CAPTAIN of the owning department.
    function handOff(bytes32 caseId, bytes32 toDepartment) external {
        (CaseRecord storage c, bytes32 from) = _ownedOpenCase(caseId, Roles.OFFICER | Roles.CAPTAIN);
        _checkReceiver(caseId, c, toDepartment);
        _handedOffTo[caseId][toDepartment] = true;
        emit CaseHandedOff(caseId, from, toDepartment, msg.sender, _time());
    }

    /// @notice Proposes to transfer ownership; the receiver must accept. A new proposal replaces
    /// a pending one. Caller: CAPTAIN of the owning department.
    function proposeTransfer(bytes32 caseId, bytes32 toDepartment) external {
        (CaseRecord storage c, bytes32 from) = _ownedOpenCase(caseId, Roles.CAPTAIN);
        if (toDepartment == c.owner || !_consortium.isActiveDepartment(toDepartment)) {
            revert CaseRegistry_InvalidDepartment(toDepartment);
        }
        _pendingTransfers[caseId] = toDepartment;
        emit TransferProposed(caseId, from, toDepartment, msg.sender, _time());
    }

    /// @notice Withdraws a pending transfer. Caller: CAPTAIN of the owning department.
    function cancelTransfer(bytes32 caseId) external {
        _ownedOpenCase(caseId, Roles.CAPTAIN);
        bytes32 to = _pendingTransfers[caseId];
        if (to == bytes32(0)) revert CaseRegistry_NoPendingTransfer(caseId);
        delete _pendingTransfers[caseId];
        emit TransferCancelled(caseId, to, msg.sender, _time());
    }

    /// @notice Accepts a pending transfer: the caller's department becomes the owner and the
    /// former owner loses its rights on the case. Caller: CAPTAIN of the receiving department.
    function acceptTransfer(bytes32 caseId) external {
        CaseRecord storage c = _existingCase(caseId);
        if (c.status == CaseStatus.Closed) revert CaseRegistry_CaseClosed(caseId);
        bytes32 to = _pendingTransfers[caseId];
        if (to == bytes32(0)) revert CaseRegistry_NoPendingTransfer(caseId);
        (bytes32 department,) = _consortium.requireRole(msg.sender, Roles.CAPTAIN);
        if (department != to) revert CaseRegistry_NotTransferee(caseId, department);
        bytes32 from = c.owner;
        c.owner = to;
        delete _pendingTransfers[caseId];
        delete _handedOffTo[caseId][to];
        emit CaseTransferred(caseId, from, to, msg.sender, _time());
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc ICaseRegistry
    function requireActor(bytes32 caseId, address account, uint16 anyOfRoles)
        external
        view
        returns (bytes32 department)
    {
        (, department) = _entitledCaseFor(caseId, account, anyOfRoles);
    }

    /// @inheritdoc ICaseRegistry
    function statusOf(bytes32 caseId) external view returns (CaseStatus) {
        return _cases[caseId].status;
    }

    /// @notice A case as stored (all zero if unknown).
    function caseOf(bytes32 caseId) external view returns (CaseRecord memory) {
        return _cases[caseId];
    }

    /// @notice Whether `department` owns the case or had it handed off.
    function isEntitled(bytes32 caseId, bytes32 department) public view returns (bool) {
        return department != bytes32(0) && (_cases[caseId].owner == department || _handedOffTo[caseId][department]);
    }

    /// @notice Whether the case was handed off to `department`.
    function isHandedOffTo(bytes32 caseId, bytes32 department) external view returns (bool) {
        return _handedOffTo[caseId][department];
    }

    /// @notice The department a transfer of ownership is waiting on, zero if none.
    function pendingTransferOf(bytes32 caseId) external view returns (bytes32) {
        return _pendingTransfers[caseId];
    }

    /// @notice The department registry this registry checks roles against.
    function consortium() external view returns (IConsortium) {
        return _consortium;
    }

    // ---------------------------------------------------------------- internals

    function _entitledCase(bytes32 caseId, uint16 anyOfRoles) private view returns (CaseRecord storage c) {
        (c,) = _entitledCaseFor(caseId, msg.sender, anyOfRoles);
    }

    /// @dev Reverts unless `account` holds one of `anyOfRoles` in a department entitled to the case.
    function _entitledCaseFor(bytes32 caseId, address account, uint16 anyOfRoles)
        private
        view
        returns (CaseRecord storage c, bytes32 department)
    {
        c = _existingCase(caseId);
        (department,) = _consortium.requireRole(account, anyOfRoles);
        if (c.owner != department && !_handedOffTo[caseId][department]) {
            revert CaseRegistry_NotEntitled(caseId, department);
        }
    }

    function _ownedOpenCase(bytes32 caseId, uint16 anyOfRoles)
        private
        view
        returns (CaseRecord storage c, bytes32 department)
    {
        c = _existingCase(caseId);
        (department,) = _consortium.requireRole(msg.sender, anyOfRoles);
        if (c.owner != department) revert CaseRegistry_NotOwner(caseId, department);
        if (c.status == CaseStatus.Closed) revert CaseRegistry_CaseClosed(caseId);
    }

    /// @dev Existence is read from the owner (never zero for a case): role checks then need only
    /// the owner's slot.
    function _existingCase(bytes32 caseId) private view returns (CaseRecord storage c) {
        c = _cases[caseId];
        if (c.owner == bytes32(0)) revert CaseRegistry_UnknownCase(caseId);
    }

    function _checkReceiver(bytes32 caseId, CaseRecord storage c, bytes32 toDepartment) private view {
        if (!_consortium.isActiveDepartment(toDepartment)) revert CaseRegistry_InvalidDepartment(toDepartment);
        if (toDepartment == c.owner || _handedOffTo[caseId][toDepartment]) {
            revert CaseRegistry_AlreadyEntitled(caseId, toDepartment);
        }
    }

    function _move(bytes32 caseId, CaseRecord storage c, CaseStatus from, CaseStatus to) private {
        if (c.status != from) revert CaseRegistry_InvalidTransition(caseId, c.status, to);
        c.status = to;
    }

    function _checkDecision(bytes32 caseId, Decision calldata d) private view {
        uint64 now_ = _time();
        bool valid = d.decisionHash != bytes32(0) && d.provisionsHash != bytes32(0) && d.reviewDeadline > now_
            && d.reviewDeadline <= type(uint40).max;
        if (d.fineFen == 0) {
            valid = valid && d.paymentDue == 0;
        } else {
            valid = valid && d.paymentDue > now_ && d.paymentDue <= d.reviewDeadline;
        }
        if (!valid) revert CaseRegistry_InvalidDecision(caseId);
    }

    function _closeAllowed(CaseRecord storage c, CloseResult result) private view returns (bool) {
        CaseStatus s = c.status;
        if (s == CaseStatus.Opened || s == CaseStatus.Investigating) {
            return result == CloseResult.NoPenalty || result == CloseResult.Dismissed;
        }
        if (s == CaseStatus.Decided) return c.fineFen == 0 && result == CloseResult.PenaltyExecuted;
        if (s == CaseStatus.Paid) return result == CloseResult.PenaltyExecuted;
        if (s == CaseStatus.Referred) return result == CloseResult.PenaltyExecuted || result == CloseResult.Dismissed;
        return false;
    }

    function _requireHash(bytes32 h) private pure {
        if (h == bytes32(0)) revert CaseRegistry_InvalidHash();
    }

    /// @dev The clock, in one place so that tests and audits see where time enters.
    function _time() internal view virtual returns (uint64) {
        return uint64(block.timestamp);
    }
}
