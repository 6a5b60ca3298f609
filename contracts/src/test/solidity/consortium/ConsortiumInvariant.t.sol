// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Invariants of the Consortium under random governance and membership traffic: the department
// set changes only through an executed proposal approved by more than two thirds of the active
// departments (against the set it was made for, within its lifetime); the active count matches;
// no account is ever moved into a second department; every department keeps at least one admin,
// and adminCount equals the number of its admin members.

import {ConsortiumBase} from "./ConsortiumBase.sol";
import {Vm} from "yunxi-test/kit/Vm.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice Drives the Consortium with random admins, proposals, approvals, executions, member
/// changes and time warps, and keeps its own account of what the department set should be.
contract ConsortiumHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    struct GhostProposal {
        Consortium.ProposalAction action;
        bytes32 department;
        address firstAdmin;
        uint64 proposedAt;
        uint256 setVersion; // the ghost's department-set version when proposed
    }

    struct Execution {
        uint256 proposalId;
        Consortium.ProposalAction action;
        bytes32 department;
        uint256 approvals; // distinct departments the ghost saw approve
        uint256 activeAtExecution; // active departments (ghost) just before execution
        bool sameSet; // the ghost's set was unchanged since the proposal
        bool withinLifetime;
    }

    Consortium public immutable consortium;
    uint64 internal immutable lifetime;

    // Departments and the ghost's view of them.
    bytes32[] internal departments;
    mapping(bytes32 department => bool) public ghostActive;
    uint256 public ghostActiveCount;
    uint256 internal _ghostSetVersion;

    // Accounts (every member that ever existed, plus recruits) and the ghost's view of them.
    address[] internal accounts;
    mapping(address account => bool) internal _known;
    mapping(address account => bytes32) public ghostDepartment;
    mapping(address account => uint16) public ghostRoles;
    mapping(bytes32 department => uint256) public ghostAdminCount;
    /// @dev Accounts whose membership the current handler call changed (checked after each call;
    /// all accounts are swept after each run).
    address[] internal _touched;

    // Proposals and approvals as the ghost saw them succeed.
    uint256[] internal _proposalIds;
    mapping(uint256 proposalId => GhostProposal) internal _ghostProposals;
    mapping(uint256 proposalId => mapping(bytes32 department => bool)) internal _ghostApproved;
    mapping(uint256 proposalId => uint256) public ghostApprovals;
    Execution[] internal _executions;

    // Violations seen on the way, and counters that show the handler does something.
    bool public ghostDoubleApproval;
    bool public ghostCrossDepartmentMove;
    uint256 public proposalsMade;
    uint256 public executeAttempts;
    uint256 internal _nonce;

    constructor(Consortium consortium_, bytes32[] memory departments_, address[] memory members) {
        consortium = consortium_;
        lifetime = consortium_.PROPOSAL_LIFETIME();
        for (uint256 i; i < departments_.length; ++i) {
            departments.push(departments_[i]);
            ghostActive[departments_[i]] = true;
        }
        ghostActiveCount = departments_.length;
        for (uint256 i; i < members.length; ++i) {
            (Consortium.Member memory m,) = consortium_.memberOf(members[i]);
            _addAccount(members[i]);
            _ghostSet(members[i], m.department, m.roles);
        }
        // Recruits: accounts that belong nowhere yet.
        for (uint256 i; i < 6; ++i) {
            _addAccount(address(uint160(uint256(keccak256(abi.encode("recruit", i))))));
        }
    }

    // ------------------------------------------------------------ actions

    function propose(uint256 actorSeed, uint256 actionSeed, uint256 targetSeed) public returns (uint256 proposalId) {
        delete _touched;
        address admin = _activeAdmin(actorSeed);
        if (admin == address(0)) return 0;
        uint256 kind = actionSeed % 3;
        Consortium.ProposalAction action;
        bytes32 department;
        address firstAdmin;
        if (kind == 0) {
            action = Consortium.ProposalAction.AddDepartment;
            department = keccak256(abi.encode("new department", ++_nonce));
            // Mostly a fresh account; sometimes an existing one (which must be refused if a member).
            firstAdmin = targetSeed % 4 == 0
                ? accounts[targetSeed % accounts.length]
                : address(uint160(uint256(keccak256(abi.encode("first admin", _nonce)))));
        } else if (kind == 1) {
            action = Consortium.ProposalAction.SuspendDepartment;
            department = _departmentWith(targetSeed, true);
        } else {
            action = Consortium.ProposalAction.ReactivateDepartment;
            department = _departmentWith(targetSeed, false);
        }
        bytes memory key = abi.encodePacked(keccak256(abi.encode(department)), keccak256(abi.encode(department, 1)));
        address seal = address(uint160(uint256(keccak256(abi.encode("seal", department)))));
        bytes32 adminDepartment = ghostDepartment[admin];

        vm.prank(admin);
        try consortium.propose(action, department, keccak256(abi.encode(department)), seal, key, firstAdmin) returns (
            uint256 id
        ) {
            proposalId = id;
            ++proposalsMade;
            _proposalIds.push(id);
            _ghostProposals[id] =
                GhostProposal(action, department, firstAdmin, uint64(block.timestamp), _ghostSetVersion);
            _recordApproval(id, adminDepartment);
        } catch {}
    }

    function approve(uint256 actorSeed, uint256 proposalSeed) public {
        delete _touched;
        uint256 id = _pickProposal(proposalSeed);
        address admin = _activeAdmin(actorSeed);
        if (id == 0 || admin == address(0)) return;
        _approveAs(admin, id);
    }

    function execute(uint256 actorSeed, uint256 proposalSeed) public {
        delete _touched;
        uint256 id = _pickProposal(proposalSeed);
        address admin = _activeAdmin(actorSeed);
        if (id == 0 || admin == address(0)) return;
        _executeAs(admin, id);
    }

    /// @dev Proposes and gathers approvals from `k` distinct active departments (often, but not
    /// always, enough), then executes: what actually moves the department set.
    function rally(uint256 actorSeed, uint256 actionSeed, uint256 targetSeed, uint256 kSeed) external {
        delete _touched;
        uint256 id = propose(actorSeed, actionSeed, targetSeed);
        if (id == 0) return;
        uint256 active = ghostActiveCount;
        uint256 k = active / 2 + kSeed % (active - active / 2 + 1); // in [active/2, active]
        uint256 n = departments.length;
        for (uint256 i; i < n && ghostApprovals[id] < k; ++i) {
            bytes32 d = departments[(kSeed % n + i) % n];
            if (!ghostActive[d] || _ghostApproved[id][d]) continue;
            address admin = _adminOf(d);
            if (admin != address(0)) _approveAs(admin, id);
        }
        _executeAs(_activeAdmin(actorSeed >> 8), id);
    }

    function setMember(uint256 actorSeed, uint256 accountSeed, uint16 rolesSeed, uint256 expirySeed) external {
        delete _touched;
        address admin = _activeAdmin(actorSeed);
        if (admin == address(0)) return;
        address account = accounts[accountSeed % accounts.length];
        // Mostly valid masks; one in eight may carry unknown bits or be zero.
        uint16 roles = expirySeed % 8 == 0 ? rolesSeed : rolesSeed & Roles.ALL;
        uint64 expiry = uint64(block.timestamp + 1 + expirySeed % 400 days);
        bytes32 credential = roles & Roles.CREDENTIALED != 0 ? keccak256(abi.encode(account)) : bytes32(0);
        bytes32 department = ghostDepartment[admin];

        vm.prank(admin);
        try consortium.setMember(account, roles, credential, expiry) {
            if (ghostDepartment[account] != bytes32(0) && ghostDepartment[account] != department) {
                ghostCrossDepartmentMove = true;
            }
            _ghostSet(account, department, roles);
        } catch {}
    }

    function removeMember(uint256 actorSeed, uint256 accountSeed) external {
        delete _touched;
        address admin = _activeAdmin(actorSeed);
        if (admin == address(0)) return;
        bytes32 department = ghostDepartment[admin];
        // Prefer a member of the admin's own department (the admin itself included).
        address account = accounts[accountSeed % accounts.length];
        for (uint256 i; i < accounts.length; ++i) {
            address candidate = accounts[(accountSeed % accounts.length + i) % accounts.length];
            if (ghostDepartment[candidate] == department) {
                account = candidate;
                break;
            }
        }
        vm.prank(admin);
        try consortium.removeMember(account) {
            _ghostSet(account, bytes32(0), 0);
        } catch {}
    }

    function warp(uint256 secondsSeed) external {
        delete _touched;
        vm.warp(block.timestamp + secondsSeed % 3 days);
    }

    // ------------------------------------------------------------ views for the invariants

    function allDepartments() external view returns (bytes32[] memory) {
        return departments;
    }

    function allAccounts() external view returns (address[] memory) {
        return accounts;
    }

    function touched() external view returns (address[] memory) {
        return _touched;
    }

    function executionCount() external view returns (uint256) {
        return _executions.length;
    }

    function execution(uint256 i) external view returns (Execution memory) {
        return _executions[i];
    }

    // ------------------------------------------------------------ internals

    function _approveAs(address admin, uint256 id) internal {
        bytes32 department = ghostDepartment[admin];
        vm.prank(admin);
        try consortium.approve(id) {
            _recordApproval(id, department);
        } catch {}
    }

    function _executeAs(address admin, uint256 id) internal {
        if (admin == address(0)) return;
        ++executeAttempts;
        uint256 activeBefore = ghostActiveCount;
        vm.prank(admin);
        try consortium.execute(id) {
            GhostProposal storage p = _ghostProposals[id];
            _executions.push(
                Execution({
                    proposalId: id,
                    action: p.action,
                    department: p.department,
                    approvals: ghostApprovals[id],
                    activeAtExecution: activeBefore,
                    sameSet: p.setVersion == _ghostSetVersion,
                    withinLifetime: block.timestamp < p.proposedAt + lifetime
                })
            );
            ++_ghostSetVersion;
            if (p.action == Consortium.ProposalAction.AddDepartment) {
                departments.push(p.department);
                ghostActive[p.department] = true;
                ++ghostActiveCount;
                _addAccount(p.firstAdmin);
                _ghostSet(p.firstAdmin, p.department, Roles.ADMIN);
            } else if (p.action == Consortium.ProposalAction.SuspendDepartment) {
                ghostActive[p.department] = false;
                --ghostActiveCount;
            } else {
                ghostActive[p.department] = true;
                ++ghostActiveCount;
            }
        } catch {}
    }

    /// @dev The ghost's membership bookkeeping, independent of the contract's.
    function _ghostSet(address account, bytes32 department, uint16 roles) internal {
        if (ghostRoles[account] & Roles.ADMIN != 0) --ghostAdminCount[ghostDepartment[account]];
        if (roles & Roles.ADMIN != 0) ++ghostAdminCount[department];
        ghostDepartment[account] = department;
        ghostRoles[account] = roles;
        _touched.push(account);
    }

    function _recordApproval(uint256 id, bytes32 department) internal {
        if (_ghostApproved[id][department]) ghostDoubleApproval = true;
        _ghostApproved[id][department] = true;
        ++ghostApprovals[id];
    }

    function _addAccount(address account) internal {
        if (_known[account]) return;
        _known[account] = true;
        accounts.push(account);
    }

    /// @dev An admin (per the ghost) of an active department, searching from a random start.
    function _activeAdmin(uint256 seed) internal view returns (address) {
        uint256 n = accounts.length;
        for (uint256 i; i < n; ++i) {
            address a = accounts[(seed % n + i) % n];
            if (ghostRoles[a] & Roles.ADMIN != 0 && ghostActive[ghostDepartment[a]]) return a;
        }
        return address(0);
    }

    function _adminOf(bytes32 department) internal view returns (address) {
        for (uint256 i; i < accounts.length; ++i) {
            address a = accounts[i];
            if (ghostDepartment[a] == department && ghostRoles[a] & Roles.ADMIN != 0) return a;
        }
        return address(0);
    }

    /// @dev A department whose ghost activity is `active` if there is one, else any department.
    function _departmentWith(uint256 seed, bool active) internal view returns (bytes32) {
        uint256 n = departments.length;
        for (uint256 i; i < n; ++i) {
            bytes32 d = departments[(seed % n + i) % n];
            if (ghostActive[d] == active) return d;
        }
        return departments[seed % n];
    }

    /// @dev Mostly one of the five newest proposals; sometimes an unknown id.
    function _pickProposal(uint256 seed) internal view returns (uint256) {
        uint256 n = _proposalIds.length;
        if (n == 0) return 0;
        if (seed % 16 == 0) return n + 1 + seed % 3; // unknown id: must be refused
        uint256 window = n < 5 ? n : 5;
        return _proposalIds[n - 1 - seed % window];
    }
}

contract ConsortiumInvariantTest is ConsortiumBase {
    ConsortiumHandler internal handler;

    function setUp() public override {
        super.setUp();
        bytes32[] memory departments = new bytes32[](6);
        (departments[0], departments[1], departments[2]) = (ENFORCEMENT, TRAFFIC, FIRE);
        (departments[3], departments[4], departments[5]) = (HOUSING, MARKET, SUPERVISION);
        address[19] memory people = [
            officer,
            officer2,
            captain,
            office,
            enforcementAdmin,
            custodian,
            trafficOfficer,
            trafficCaptain,
            trafficOffice,
            trafficAdmin,
            fireOfficer,
            fireCaptain,
            fireAdmin,
            housingAdmin,
            marketAdmin,
            marketCustodian,
            auditor,
            supervisionAdmin,
            outsider
        ];
        address[] memory members = new address[](people.length);
        for (uint256 i; i < people.length; ++i) {
            members[i] = people[i];
        }
        handler = new ConsortiumHandler(consortium, departments, members);
        targetContract(address(handler));
    }

    /// @dev Every department's activity is what the executed proposals made it, and every
    /// execution had more than two thirds of the active departments' approvals, counted against
    /// the set it was proposed for, within its lifetime.
    function invariant_departmentSetChangesOnlyByQuorum() public view {
        bytes32[] memory departments = handler.allDepartments();
        assertEq(
            consortium.registeredDepartmentCount(), departments.length, "registered departments differ from the adds"
        );
        for (uint256 i; i < departments.length; ++i) {
            assertEq(
                consortium.isActiveDepartment(departments[i]),
                handler.ghostActive(departments[i]),
                "activity changed outside a proposal"
            );
        }
        uint256 executions = handler.executionCount();
        for (uint256 i; i < executions; ++i) {
            ConsortiumHandler.Execution memory e = handler.execution(i);
            assertTrue(e.approvals * 3 > e.activeAtExecution * 2, "executed without a two-thirds quorum");
            assertTrue(e.sameSet, "executed against a changed department set");
            assertTrue(e.withinLifetime, "executed after the proposal's lifetime");
            Consortium.Proposal memory p = consortium.proposalOf(e.proposalId);
            assertEq(p.approvals, e.approvals, "approvals miscounted");
            assertTrue(p.executed, "execution not recorded");
        }
        assertFalse(handler.ghostDoubleApproval(), "a department approved twice");
    }

    function invariant_activeCountMatchesTheDepartments() public view {
        bytes32[] memory departments = handler.allDepartments();
        uint256 active;
        for (uint256 i; i < departments.length; ++i) {
            if (consortium.isActiveDepartment(departments[i])) ++active;
        }
        assertEq(consortium.activeDepartmentCount(), active, "activeDepartmentCount vs active departments");
        assertEq(consortium.activeDepartmentCount(), handler.ghostActiveCount(), "activeDepartmentCount vs ghost");
        assertTrue(active >= 1, "no active department left");
    }

    /// @dev The accounts the last call changed are where the ghost saw them go (all accounts are
    /// swept in afterInvariant), nobody was moved from one department into another, and effective
    /// roles come only through an active department.
    function invariant_noAccountInTwoDepartments() public view {
        assertFalse(handler.ghostCrossDepartmentMove(), "an account was moved into a second department");
        _checkAccounts(handler.touched());
    }

    /// @dev Every department keeps an admin, and its adminCount is the ghost's count of admins.
    function invariant_everyDepartmentKeepsAnAdmin() public view {
        bytes32[] memory departments = handler.allDepartments();
        for (uint256 j; j < departments.length; ++j) {
            uint256 count = consortium.departmentOf(departments[j]).adminCount;
            assertTrue(count >= 1, "a department lost its last admin");
            assertEq(count, handler.ghostAdminCount(departments[j]), "adminCount differs from the ghost");
        }
    }

    /// @dev Full sweep once per run: every account matches the ghost, and each department's
    /// adminCount equals the number of its members holding ADMIN as stored.
    function _sweep() internal view {
        address[] memory accounts = handler.allAccounts();
        _checkAccounts(accounts);
        bytes32[] memory departments = handler.allDepartments();
        uint256[] memory admins = new uint256[](departments.length);
        for (uint256 i; i < accounts.length; ++i) {
            (Consortium.Member memory member,) = consortium.memberOf(accounts[i]);
            if (member.roles & Roles.ADMIN == 0) continue;
            for (uint256 j; j < departments.length; ++j) {
                if (departments[j] == member.department) ++admins[j];
            }
        }
        for (uint256 j; j < departments.length; ++j) {
            assertEq(consortium.departmentOf(departments[j]).adminCount, admins[j], "adminCount vs admin members");
        }
    }

    function _checkAccounts(address[] memory accounts) internal view {
        for (uint256 i; i < accounts.length; ++i) {
            (Consortium.Member memory m, uint16 effective) = consortium.memberOf(accounts[i]);
            assertEq(m.department, handler.ghostDepartment(accounts[i]), "membership differs from the ghost");
            assertEq(m.roles, handler.ghostRoles(accounts[i]), "roles differ from the ghost");
            if (effective != 0) assertTrue(handler.ghostActive(m.department), "roles through an inactive department");
        }
    }

    /// @dev After each run: the full sweep, and proof that the handler reached the contract.
    function afterInvariant() public view {
        _sweep();
        assertTrue(handler.proposalsMade() > 0, "handler made no proposal");
        assertTrue(handler.executeAttempts() > 0, "handler never tried to execute");
    }
}
