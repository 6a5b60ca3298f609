// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IConsortium} from "./interfaces/IConsortium.sol";
import {Roles} from "./Roles.sol";

/// @title Consortium — the department registry (联盟成员登记)
/// @notice Departments (code, name hash, seal, encryption key, active flag) and their members
/// (account → department + roles + enforcement credential). The deployer bootstraps the first
/// departments and members, then finishes the bootstrap and keeps no power. From then on:
/// - a department's ADMIN manages only its own members and its own keys;
/// - adding, suspending or reactivating a department needs the approval of the admins of more
///   than two thirds of the active departments (propose → approve → execute, within
///   `PROPOSAL_LIFETIME`, and only while the department set is the one the proposal was made for).
contract Consortium is IConsortium {
    /// @notice How long a proposal stays open for approval and execution.
    uint64 public constant PROPOSAL_LIFETIME = 7 days;

    enum ProposalAction {
        None,
        AddDepartment,
        SuspendDepartment,
        ReactivateDepartment
    }

    /// @notice A department as stored. `active` and `seal` share one slot: role checks and stamp
    /// checks read only that slot.
    struct Department {
        bool registered;
        bool active;
        address seal;
        uint32 adminCount;
        bytes32 nameHash;
        bytes encryptionKey;
    }

    /// @notice A member as stored. An account belongs to at most one department.
    struct Member {
        bytes32 department;
        uint16 roles;
        uint64 credentialExpiry;
        bytes32 credentialRef;
    }

    struct Proposal {
        ProposalAction action;
        bool executed;
        uint32 approvals;
        uint32 departmentSetVersion;
        uint64 expiresAt;
        address seal;
        address firstAdmin;
        bytes32 department;
        bytes32 nameHash;
        bytes encryptionKey;
    }

    error Consortium_NotBootstrapper(address caller);
    error Consortium_BootstrapFinished();
    error Consortium_NothingBootstrapped();
    error Consortium_DepartmentWithoutAdmin(uint256 count);
    error Consortium_Unauthorised(address account, uint16 anyOfRoles);
    error Consortium_InvalidDepartmentCode();
    error Consortium_DepartmentExists(bytes32 department);
    error Consortium_UnknownDepartment(bytes32 department);
    error Consortium_DepartmentInactive(bytes32 department);
    error Consortium_DepartmentAlreadyActive(bytes32 department);
    error Consortium_LastActiveDepartment(bytes32 department);
    error Consortium_InvalidAccount(address account);
    error Consortium_InvalidSeal(address seal);
    error Consortium_InvalidEncryptionKey(uint256 length);
    error Consortium_InvalidRoles(uint16 roles);
    error Consortium_MissingCredential(address account);
    error Consortium_MemberOfOtherDepartment(address account, bytes32 department);
    error Consortium_NotMember(address account, bytes32 department);
    error Consortium_LastAdmin(bytes32 department);
    error Consortium_InvalidAction();
    error Consortium_UnknownProposal(uint256 proposalId);
    error Consortium_ProposalExpired(uint256 proposalId, uint64 expiresAt);
    error Consortium_ProposalStale(uint256 proposalId);
    error Consortium_ProposalExecuted(uint256 proposalId);
    error Consortium_AlreadyApproved(uint256 proposalId, bytes32 department);
    error Consortium_QuorumNotReached(uint256 proposalId, uint32 approvals, uint32 activeDepartments);

    event DepartmentRegistered(
        bytes32 indexed department, bytes32 nameHash, address seal, bytes encryptionKey, uint64 timestamp
    );
    event DepartmentSuspended(bytes32 indexed department, uint64 timestamp);
    event DepartmentReactivated(bytes32 indexed department, uint64 timestamp);
    event DepartmentKeysChanged(bytes32 indexed department, address seal, bytes encryptionKey, uint64 timestamp);
    event MemberSet(
        address indexed account,
        bytes32 indexed department,
        uint16 roles,
        bytes32 credentialRef,
        uint64 credentialExpiry,
        address indexed by,
        uint64 timestamp
    );
    event MemberRemoved(address indexed account, bytes32 indexed department, address indexed by, uint64 timestamp);
    event ProposalCreated(
        uint256 indexed proposalId,
        ProposalAction action,
        bytes32 indexed department,
        address indexed proposer,
        uint64 expiresAt
    );
    event ProposalApproved(uint256 indexed proposalId, bytes32 indexed department, address indexed admin);
    event ProposalExecuted(uint256 indexed proposalId, bytes32 indexed department, ProposalAction action);
    event BootstrapFinished(address indexed bootstrapper, uint32 departments, uint64 timestamp);

    address private _bootstrapper;
    uint32 private _activeDepartments;
    uint32 private _registeredDepartments;
    uint32 private _departmentsWithoutAdmin;
    /// @dev Bumped whenever the set of active departments changes; a proposal counts approvals
    /// only against the set it was made for.
    uint32 private _departmentSetVersion;
    uint256 private _proposalCount;

    mapping(bytes32 department => Department) private _departments;
    mapping(address account => Member) private _members;
    mapping(uint256 proposalId => Proposal) private _proposals;
    mapping(uint256 proposalId => mapping(bytes32 department => bool)) private _approvedBy;

    constructor() {
        _bootstrapper = msg.sender;
    }

    // ---------------------------------------------------------------- bootstrap

    /// @notice Registers a department while bootstrapping. Deployer only, before `finishBootstrap`.
    function bootstrapDepartment(bytes32 department, bytes32 nameHash, address seal, bytes calldata encryptionKey)
        external
    {
        _onlyBootstrapper();
        _registerDepartment(department, nameHash, seal, encryptionKey);
    }

    /// @notice Sets a member of a bootstrapped department while bootstrapping. Deployer only.
    function bootstrapMember(
        address account,
        bytes32 department,
        uint16 roles,
        bytes32 credentialRef,
        uint64 credentialExpiry
    ) external {
        _onlyBootstrapper();
        if (!_departments[department].registered) revert Consortium_UnknownDepartment(department);
        _setMember(account, department, roles, credentialRef, credentialExpiry);
    }

    /// @notice Ends the bootstrap: the deployer keeps no power from here on. Every department must
    /// have an admin, so that it can manage its members and vote.
    function finishBootstrap() external {
        _onlyBootstrapper();
        if (_registeredDepartments == 0) revert Consortium_NothingBootstrapped();
        if (_departmentsWithoutAdmin != 0) revert Consortium_DepartmentWithoutAdmin(_departmentsWithoutAdmin);
        delete _bootstrapper;
        emit BootstrapFinished(msg.sender, _registeredDepartments, _time());
    }

    // ---------------------------------------------------------------- members (own department only)

    /// @notice Adds or changes a member of the caller's own department. Caller: ADMIN.
    /// @param credentialRef reference of the enforcement credential (执法证), zero if none
    /// @param credentialExpiry when that credential expires; OFFICER and CAPTAIN need one in the future
    function setMember(address account, uint16 roles, bytes32 credentialRef, uint64 credentialExpiry) external {
        (bytes32 department,) = requireRole(msg.sender, Roles.ADMIN);
        _setMember(account, department, roles, credentialRef, credentialExpiry);
    }

    /// @notice Removes a member of the caller's own department. Caller: ADMIN. The last admin of
    /// a department cannot be removed.
    function removeMember(address account) external {
        (bytes32 department,) = requireRole(msg.sender, Roles.ADMIN);
        Member storage member = _members[account];
        if (member.department != department) revert Consortium_NotMember(account, department);
        if (member.roles & Roles.ADMIN != 0) _removeAdmin(department);
        delete _members[account];
        emit MemberRemoved(account, department, msg.sender, _time());
    }

    /// @notice Rotates the caller's department's seal and encryption key. Caller: ADMIN.
    function setDepartmentKeys(address seal, bytes calldata encryptionKey) external {
        (bytes32 department,) = requireRole(msg.sender, Roles.ADMIN);
        _checkKeys(seal, encryptionKey);
        Department storage d = _departments[department];
        d.seal = seal;
        d.encryptionKey = encryptionKey;
        emit DepartmentKeysChanged(department, seal, encryptionKey, _time());
    }

    // ---------------------------------------------------------------- governance

    /// @notice Proposes adding, suspending or reactivating a department. Caller: ADMIN of an active
    /// department; that department's approval is counted at once.
    /// @param seal,encryptionKey,nameHash,firstAdmin used by AddDepartment only (zero otherwise)
    /// @return proposalId sequential id, starting at 1
    function propose(
        ProposalAction action,
        bytes32 department,
        bytes32 nameHash,
        address seal,
        bytes calldata encryptionKey,
        address firstAdmin
    ) external returns (uint256 proposalId) {
        (bytes32 proposerDepartment,) = requireRole(msg.sender, Roles.ADMIN);
        _checkProposal(action, department, seal, encryptionKey, firstAdmin);

        proposalId = ++_proposalCount;
        Proposal storage p = _proposals[proposalId];
        p.action = action;
        p.departmentSetVersion = _departmentSetVersion;
        p.expiresAt = _time() + PROPOSAL_LIFETIME;
        p.department = department;
        if (action == ProposalAction.AddDepartment) {
            p.nameHash = nameHash;
            p.seal = seal;
            p.encryptionKey = encryptionKey;
            p.firstAdmin = firstAdmin;
        }
        emit ProposalCreated(proposalId, action, department, msg.sender, p.expiresAt);
        _approve(proposalId, p, proposerDepartment);
    }

    /// @notice Approves a proposal on behalf of the caller's department. Caller: ADMIN of an
    /// active department that has not approved it yet.
    function approve(uint256 proposalId) external {
        (bytes32 department,) = requireRole(msg.sender, Roles.ADMIN);
        Proposal storage p = _openProposal(proposalId);
        _approve(proposalId, p, department);
    }

    /// @notice Carries out a proposal approved by the admins of more than two thirds of the
    /// active departments. Caller: ADMIN of an active department.
    function execute(uint256 proposalId) external {
        requireRole(msg.sender, Roles.ADMIN);
        Proposal storage p = _openProposal(proposalId);
        if (uint256(p.approvals) * 3 <= uint256(_activeDepartments) * 2) {
            revert Consortium_QuorumNotReached(proposalId, p.approvals, _activeDepartments);
        }
        // Re-check: the department may have changed through another proposal since.
        _checkProposal(p.action, p.department, p.seal, p.encryptionKey, p.firstAdmin);
        p.executed = true;

        bytes32 department = p.department;
        if (p.action == ProposalAction.AddDepartment) {
            _registerDepartment(department, p.nameHash, p.seal, p.encryptionKey);
            _setMember(p.firstAdmin, department, Roles.ADMIN, bytes32(0), 0);
        } else if (p.action == ProposalAction.SuspendDepartment) {
            _departments[department].active = false;
            --_activeDepartments;
            ++_departmentSetVersion;
            emit DepartmentSuspended(department, _time());
        } else {
            _departments[department].active = true;
            ++_activeDepartments;
            ++_departmentSetVersion;
            emit DepartmentReactivated(department, _time());
        }
        emit ProposalExecuted(proposalId, department, p.action);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IConsortium
    function requireRole(address account, uint16 anyOfRoles) public view returns (bytes32 department, uint16 roles) {
        department = _members[account].department;
        roles = _effectiveRoles(_members[account], _departments[department]);
        if (roles & anyOfRoles == 0) revert Consortium_Unauthorised(account, anyOfRoles);
    }

    /// @inheritdoc IConsortium
    function hasRole(address account, uint16 anyOfRoles) external view returns (bool) {
        Member storage m = _members[account];
        return _effectiveRoles(m, _departments[m.department]) & anyOfRoles != 0;
    }

    /// @notice A member as stored, plus the roles it can exercise right now.
    function memberOf(address account) external view returns (Member memory member, uint16 effectiveRoles) {
        member = _members[account];
        effectiveRoles = _effectiveRoles(_members[account], _departments[member.department]);
    }

    /// @notice A department as stored (all zero if unknown).
    function departmentOf(bytes32 department) external view returns (Department memory) {
        return _departments[department];
    }

    /// @inheritdoc IConsortium
    function sealOf(bytes32 department) external view returns (address) {
        return _departments[department].seal;
    }

    /// @notice The key that data for `department` is encrypted to (secp256k1 or SM2 public key).
    function encryptionKeyOf(bytes32 department) external view returns (bytes memory) {
        return _departments[department].encryptionKey;
    }

    /// @inheritdoc IConsortium
    function isActiveDepartment(bytes32 department) external view returns (bool) {
        return _departments[department].active;
    }

    /// @notice Number of active departments (the base of the two-thirds quorum).
    function activeDepartmentCount() external view returns (uint32) {
        return _activeDepartments;
    }

    /// @notice Number of departments ever registered (active or suspended).
    function registeredDepartmentCount() external view returns (uint32) {
        return _registeredDepartments;
    }

    /// @notice The deployer while bootstrapping, zero afterwards.
    function bootstrapper() external view returns (address) {
        return _bootstrapper;
    }

    /// @notice A proposal as stored.
    function proposalOf(uint256 proposalId) external view returns (Proposal memory) {
        return _proposals[proposalId];
    }

    /// @notice Whether `department` has approved `proposalId`.
    function hasApproved(uint256 proposalId, bytes32 department) external view returns (bool) {
        return _approvedBy[proposalId][department];
    }

    /// @notice Number of proposals ever made; ids run from 1 to this.
    function proposalCount() external view returns (uint256) {
        return _proposalCount;
    }

    // ---------------------------------------------------------------- internals

    function _effectiveRoles(Member storage m, Department storage d) private view returns (uint16 roles) {
        if (!d.active) return 0;
        roles = m.roles;
        if (roles & Roles.CREDENTIALED != 0 && m.credentialExpiry <= _time()) roles &= ~Roles.CREDENTIALED;
    }

    function _registerDepartment(bytes32 department, bytes32 nameHash, address seal, bytes memory encryptionKey)
        private
    {
        if (department == bytes32(0)) revert Consortium_InvalidDepartmentCode();
        Department storage d = _departments[department];
        if (d.registered) revert Consortium_DepartmentExists(department);
        _checkKeys(seal, encryptionKey);
        d.registered = true;
        d.active = true;
        d.seal = seal;
        d.nameHash = nameHash;
        d.encryptionKey = encryptionKey;
        ++_registeredDepartments;
        ++_activeDepartments;
        ++_departmentsWithoutAdmin;
        ++_departmentSetVersion;
        emit DepartmentRegistered(department, nameHash, seal, encryptionKey, _time());
    }

    function _setMember(
        address account,
        bytes32 department,
        uint16 roles,
        bytes32 credentialRef,
        uint64 credentialExpiry
    ) private {
        if (account == address(0)) revert Consortium_InvalidAccount(account);
        if (roles == 0 || roles & ~Roles.ALL != 0) revert Consortium_InvalidRoles(roles);
        if (roles & Roles.CREDENTIALED != 0 && (credentialRef == bytes32(0) || credentialExpiry <= _time())) {
            revert Consortium_MissingCredential(account);
        }
        Member storage m = _members[account];
        if (m.department != bytes32(0) && m.department != department) {
            revert Consortium_MemberOfOtherDepartment(account, m.department);
        }
        bool wasAdmin = m.department == department && m.roles & Roles.ADMIN != 0;
        bool isAdmin = roles & Roles.ADMIN != 0;
        if (wasAdmin && !isAdmin) _removeAdmin(department);
        if (!wasAdmin && isAdmin) _addAdmin(department);

        m.department = department;
        m.roles = roles;
        m.credentialRef = credentialRef;
        m.credentialExpiry = credentialExpiry;
        emit MemberSet(account, department, roles, credentialRef, credentialExpiry, msg.sender, _time());
    }

    function _addAdmin(bytes32 department) private {
        if (_departments[department].adminCount++ == 0) --_departmentsWithoutAdmin;
    }

    function _removeAdmin(bytes32 department) private {
        Department storage d = _departments[department];
        // Only the bootstrap may leave a department without admin: afterwards nobody could add one.
        if (d.adminCount == 1 && _bootstrapper == address(0)) revert Consortium_LastAdmin(department);
        if (--d.adminCount == 0) ++_departmentsWithoutAdmin;
    }

    function _checkKeys(address seal, bytes memory encryptionKey) private pure {
        if (seal == address(0)) revert Consortium_InvalidSeal(seal);
        uint256 length = encryptionKey.length;
        // A secp256k1 or SM2 public key: compressed (33), raw x‖y (64) or uncompressed (65).
        if (length != 33 && length != 64 && length != 65) revert Consortium_InvalidEncryptionKey(length);
    }

    function _checkProposal(
        ProposalAction action,
        bytes32 department,
        address seal,
        bytes memory encryptionKey,
        address firstAdmin
    ) private view {
        Department storage d = _departments[department];
        if (action == ProposalAction.AddDepartment) {
            if (department == bytes32(0)) revert Consortium_InvalidDepartmentCode();
            if (d.registered) revert Consortium_DepartmentExists(department);
            _checkKeys(seal, encryptionKey);
            if (firstAdmin == address(0)) revert Consortium_InvalidAccount(firstAdmin);
            bytes32 other = _members[firstAdmin].department;
            if (other != bytes32(0)) revert Consortium_MemberOfOtherDepartment(firstAdmin, other);
        } else if (action == ProposalAction.SuspendDepartment) {
            if (!d.registered) revert Consortium_UnknownDepartment(department);
            if (!d.active) revert Consortium_DepartmentInactive(department);
            if (_activeDepartments == 1) revert Consortium_LastActiveDepartment(department);
        } else if (action == ProposalAction.ReactivateDepartment) {
            if (!d.registered) revert Consortium_UnknownDepartment(department);
            if (d.active) revert Consortium_DepartmentAlreadyActive(department);
        } else {
            revert Consortium_InvalidAction();
        }
    }

    function _openProposal(uint256 proposalId) private view returns (Proposal storage p) {
        p = _proposals[proposalId];
        if (p.action == ProposalAction.None) revert Consortium_UnknownProposal(proposalId);
        if (p.executed) revert Consortium_ProposalExecuted(proposalId);
        if (_time() >= p.expiresAt) revert Consortium_ProposalExpired(proposalId, p.expiresAt);
        if (p.departmentSetVersion != _departmentSetVersion) revert Consortium_ProposalStale(proposalId);
    }

    function _approve(uint256 proposalId, Proposal storage p, bytes32 department) private {
        if (_approvedBy[proposalId][department]) revert Consortium_AlreadyApproved(proposalId, department);
        _approvedBy[proposalId][department] = true;
        ++p.approvals;
        emit ProposalApproved(proposalId, department, msg.sender);
    }

    function _onlyBootstrapper() private view {
        if (_bootstrapper == address(0)) revert Consortium_BootstrapFinished();
        if (msg.sender != _bootstrapper) revert Consortium_NotBootstrapper(msg.sender);
    }

    /// @dev The clock, in one place so that tests and audits see where time enters.
    function _time() internal view virtual returns (uint64) {
        return uint64(block.timestamp);
    }
}
