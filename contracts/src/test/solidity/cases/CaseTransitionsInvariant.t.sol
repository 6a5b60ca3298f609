// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {CaseTestBase} from "./CaseTestBase.sol";
import {Vm} from "yunxi-test/kit/Vm.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice Invariant "cases move only along allowed transitions, moved by someone allowed to".
/// The handler calls every CaseRegistry function on four case ids with actors right and wrong
/// (right role of an entitled department, wrong role, wrong department, outsider, a credential
/// that expires mid-run, a department suspended by governance), warping time. It keeps its own
/// model — each case's last status, owner, hand-offs, pending transfer, simple flag, fine; each
/// actor's department, roles and credential expiry; which department is suspended — and after
/// every successful call checks (a) the caller was an active member of an entitled (or owning /
/// receiving) department holding a role the step needs, with a valid credential where needed,
/// and (b) every status change it sees is in the allowed-transition table.
contract CaseHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint16 internal constant O = Roles.OFFICER;
    uint16 internal constant C = Roles.CAPTAIN;
    uint16 internal constant F = Roles.OFFICE;
    bytes32 internal constant NOT_A_DEPARTMENT = "JB-NONE";
    uint256 internal constant CASES = 4;

    struct Person {
        bytes32 department;
        uint16 roles;
        uint64 credentialExpiry;
    }

    /// @dev How a step's caller must relate to the case.
    enum Relation {
        None, // open: no case yet
        Entitled, // owner or handed-off department
        Owner, // owning department only
        Receiver // the department a transfer waits on
    }

    Consortium internal immutable _consortium;
    CaseRegistry internal immutable _cases;

    bytes32[CASES] public caseIds;
    bytes32[6] internal _departments;
    address[] internal _actors;
    mapping(address => Person) internal _people;
    mapping(bytes32 department => mapping(uint16 role => address)) internal _memberWith;
    mapping(bytes32 department => address) internal _admins;

    // ---- the model
    mapping(bytes32 caseId => ICaseRegistry.CaseStatus) public ghostStatus;
    mapping(bytes32 caseId => bytes32) public ghostOwner;
    mapping(bytes32 caseId => bytes32) public ghostPending;
    mapping(bytes32 caseId => mapping(bytes32 department => bool)) public ghostHandedOff;
    mapping(bytes32 caseId => bool) internal _ghostSimple;
    mapping(bytes32 caseId => uint64) internal _ghostFine;
    mapping(bytes32 caseId => uint64) internal _ghostReviewDeadline;
    bytes32 public ghostSuspended;

    // ---- outcomes
    uint256 public transitionViolations;
    uint256 public actorViolations;
    string public lastViolation;
    uint256 public actionsTried;
    uint256 public successfulChanges;
    uint256 public transitionsSeen;
    mapping(string => uint256) public calls;

    constructor(Consortium consortium_, CaseRegistry cases_, address[] memory actors, bytes32[6] memory departments) {
        _consortium = consortium_;
        _cases = cases_;
        _departments = departments;
        for (uint256 i; i < CASES; ++i) {
            caseIds[i] = keccak256(abi.encode("invariant case", i));
        }
        for (uint256 i; i < actors.length; ++i) {
            address a = actors[i];
            _actors.push(a);
            (Consortium.Member memory m,) = consortium_.memberOf(a);
            _people[a] = Person(m.department, m.roles, m.credentialExpiry);
            if (m.roles & Roles.ADMIN != 0) _admins[m.department] = a;
            // the first member listed with a role is the one picked for that role
            for (uint16 bit = 1; bit <= Roles.OFFICE; bit <<= 1) {
                if (m.roles & bit != 0 && _memberWith[m.department][bit] == address(0)) {
                    _memberWith[m.department][bit] = a;
                }
            }
        }
        // Two cases open from the start (one normal, one simple, different owners), so that
        // most steps have something to act on from the first call of a run.
        _openInitially(0, _memberWith[departments[0]][O], false);
        _openInitially(1, _memberWith[departments[2]][O], true);
    }

    function _openInitially(uint256 i, address opener, bool simple) private {
        bytes32 id = caseIds[i];
        vm.prank(opener);
        _cases.open(id, 1, simple);
        ghostOwner[id] = _people[opener].department;
        _ghostSimple[id] = simple;
        ghostStatus[id] = ICaseRegistry.CaseStatus.Opened;
    }

    // ================================================================ actions

    function open(uint256 actorSeed, uint256 idSeed, bool simple) external {
        bytes32 id = _pickId(idSeed, true);
        address actor = _actor(id, O, actorSeed);
        bool ok = _allowed(actor, O, id, Relation.None);
        vm.prank(actor);
        try _cases.open(id, 1, simple) {
            _changed("open", ok);
            ghostOwner[id] = _people[actor].department;
            _ghostSimple[id] = simple;
        } catch {}
        _check(id);
    }

    function startInvestigation(uint256 actorSeed, uint256 idSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, O | C, actorSeed);
        bool ok = _allowed(actor, O | C, id, Relation.Entitled);
        vm.prank(actor);
        try _cases.startInvestigation(id) {
            _changed("startInvestigation", ok);
        } catch {}
        _check(id);
    }

    function decide(uint256 actorSeed, uint256 idSeed, uint64 fineSeed, uint256 dateSeed) external {
        bytes32 id = _id(idSeed);
        uint16 roles = _ghostSimple[id] ? O | C : C;
        address actor = _actor(id, roles, actorSeed);
        bool ok = _allowed(actor, roles, id, Relation.Entitled);
        uint64 now_ = uint64(block.timestamp);
        uint64 fine = fineSeed % 3 == 0 ? 0 : fineSeed;
        // forge-lint: disable-next-line(unsafe-typecast) below 40 days, fits
        uint64 review = now_ + uint64(dateSeed % 40 days); // zero offset: an invalid decision
        uint64 due = fine == 0 ? 0 : now_ + 1 + uint64((dateSeed >> 64) % (review > now_ ? review - now_ : 1));
        CaseRegistry.Decision memory d =
            CaseRegistry.Decision(keccak256("decision"), keccak256("provisions"), fine, due, review);
        vm.prank(actor);
        try _cases.decide(id, d) {
            _changed("decide", ok);
            _ghostFine[id] = fine;
            _ghostReviewDeadline[id] = review;
        } catch {}
        _check(id);
    }

    function recordPayment(uint256 actorSeed, uint256 idSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, O | C | F, actorSeed);
        bool ok = _allowed(actor, O | C | F, id, Relation.Entitled);
        vm.prank(actor);
        try _cases.recordPayment(id, keccak256("receipt")) {
            _changed("recordPayment", ok);
        } catch {}
        _check(id);
    }

    function recordReminder(uint256 actorSeed, uint256 idSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, O | F, actorSeed);
        bool ok = _allowed(actor, O | F, id, Relation.Entitled);
        vm.prank(actor);
        try _cases.recordReminder(id, keccak256("reminder")) {
            _changed("recordReminder", ok);
        } catch {}
        _check(id);
    }

    function referToCourt(uint256 actorSeed, uint256 idSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, F, actorSeed);
        bool ok = _allowed(actor, F, id, Relation.Entitled);
        vm.prank(actor);
        try _cases.referToCourt(id, keccak256("referral")) {
            _changed("referToCourt", ok);
        } catch {}
        _check(id);
    }

    function recordNotice(uint256 actorSeed, uint256 idSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, O | C | F, actorSeed);
        bool ok = _allowed(actor, O | C | F, id, Relation.Entitled);
        vm.prank(actor);
        try _cases.recordNotice(id, keccak256("notice")) {
            _changed("recordNotice", ok);
        } catch {}
        _check(id);
    }

    function close(uint256 actorSeed, uint256 idSeed, uint256 resultSeed) external {
        bytes32 id = _id(idSeed);
        uint16 roles = _ghostSimple[id] ? O | C : C;
        address actor = _actor(id, roles, actorSeed);
        bool ok = _allowed(actor, roles, id, Relation.Entitled);
        ICaseRegistry.CloseResult result = _likelyResult(id, resultSeed);
        vm.prank(actor);
        try _cases.close(id, result, keccak256("summary")) {
            _changed("close", ok);
        } catch {}
        _check(id);
    }

    function handOff(uint256 actorSeed, uint256 idSeed, uint256 departmentSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, O | C, actorSeed);
        bool ok = _allowed(actor, O | C, id, Relation.Owner);
        bytes32 to = _department(departmentSeed);
        vm.prank(actor);
        try _cases.handOff(id, to) {
            _changed("handOff", ok);
            if (ghostSuspended == to || to == NOT_A_DEPARTMENT) {
                _violate(false, "handed off to an inactive department");
            }
            ghostHandedOff[id][to] = true;
        } catch {}
        _check(id);
    }

    function proposeTransfer(uint256 actorSeed, uint256 idSeed, uint256 departmentSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, C, actorSeed);
        bool ok = _allowed(actor, C, id, Relation.Owner);
        bytes32 to = _department(departmentSeed);
        vm.prank(actor);
        try _cases.proposeTransfer(id, to) {
            _changed("proposeTransfer", ok);
            ghostPending[id] = to;
        } catch {}
        _check(id);
    }

    function cancelTransfer(uint256 actorSeed, uint256 idSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, C, actorSeed);
        bool ok = _allowed(actor, C, id, Relation.Owner);
        vm.prank(actor);
        try _cases.cancelTransfer(id) {
            _changed("cancelTransfer", ok);
            delete ghostPending[id];
        } catch {}
        _check(id);
    }

    function acceptTransfer(uint256 actorSeed, uint256 idSeed) external {
        bytes32 id = _id(idSeed);
        address actor = _actor(id, C, actorSeed);
        bool ok = _allowed(actor, C, id, Relation.Receiver);
        vm.prank(actor);
        try _cases.acceptTransfer(id) {
            _changed("acceptTransfer", ok);
            bytes32 to = ghostPending[id];
            ghostOwner[id] = to;
            delete ghostPending[id];
            delete ghostHandedOff[id][to];
        } catch {}
        _check(id);
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + 1 + seconds_ % 10 days);
        ++actionsTried;
        calls["warp"]++;
    }

    /// @dev Suspends a department (the admins of the other five vote), or reactivates the
    /// suspended one (the five active admins vote). At most one is suspended at a time.
    function toggleSuspension(uint256 departmentSeed) external {
        bytes32 target = ghostSuspended == bytes32(0) ? _departments[departmentSeed % 6] : ghostSuspended;
        Consortium.ProposalAction action = ghostSuspended == bytes32(0)
            ? Consortium.ProposalAction.SuspendDepartment
            : Consortium.ProposalAction.ReactivateDepartment;
        address[] memory voters = new address[](5);
        uint256 n;
        for (uint256 i; i < 6; ++i) {
            if (_departments[i] != target) voters[n++] = _admins[_departments[i]];
        }
        vm.prank(voters[0]);
        uint256 proposalId = _consortium.propose(action, target, bytes32(0), address(0), "", address(0));
        for (uint256 i = 1; i < 5; ++i) {
            vm.prank(voters[i]);
            _consortium.approve(proposalId);
        }
        vm.prank(voters[0]);
        _consortium.execute(proposalId);
        ghostSuspended = ghostSuspended == bytes32(0) ? target : bytes32(0);
        ++actionsTried;
        calls["toggleSuspension"]++;
    }

    // ================================================================ the model

    /// @dev Whether the model lets `actor` do a step needing one of `roles` on case `id`.
    function _allowed(address actor, uint16 roles, bytes32 id, Relation relation) internal view returns (bool) {
        Person memory p = _people[actor];
        if (p.department == bytes32(0) || p.department == ghostSuspended) return false;
        uint16 held = p.roles;
        // forge-lint: disable-next-line(block-timestamp) the model mirrors the contract's clock
        if (p.credentialExpiry <= block.timestamp) held &= ~Roles.CREDENTIALED;
        if (held & roles == 0) return false;
        if (relation == Relation.Entitled) return ghostOwner[id] == p.department || ghostHandedOff[id][p.department];
        if (relation == Relation.Owner) return ghostOwner[id] == p.department;
        if (relation == Relation.Receiver) return ghostPending[id] == p.department;
        return true;
    }

    /// @dev Whether `from → to` is in the table, for a case with the model's simple flag and fine.
    function _transitionAllowed(bytes32 id, ICaseRegistry.CaseStatus from, ICaseRegistry.CaseStatus to)
        internal
        view
        returns (bool)
    {
        bool simple = _ghostSimple[id];
        bool fined = _ghostFine[id] != 0;
        if (from == ICaseRegistry.CaseStatus.None) return to == ICaseRegistry.CaseStatus.Opened;
        if (to == ICaseRegistry.CaseStatus.Closed) return _resultAllowed(id, from, _cases.caseOf(id).result);
        if (from == ICaseRegistry.CaseStatus.Opened) {
            return simple ? to == ICaseRegistry.CaseStatus.Decided : to == ICaseRegistry.CaseStatus.Investigating;
        }
        if (from == ICaseRegistry.CaseStatus.Investigating) return !simple && to == ICaseRegistry.CaseStatus.Decided;
        if (from == ICaseRegistry.CaseStatus.Decided) {
            if (to == ICaseRegistry.CaseStatus.Paid) return fined;
            // referral only once the review / litigation period is over
            // forge-lint: disable-next-line(block-timestamp) the model mirrors the contract's clock
            return fined && to == ICaseRegistry.CaseStatus.Referred && block.timestamp > _ghostReviewDeadline[id];
        }
        return false; // Paid, Referred only close; Closed is final
    }

    function _resultAllowed(bytes32 id, ICaseRegistry.CaseStatus from, ICaseRegistry.CloseResult r)
        internal
        view
        returns (bool)
    {
        if (from == ICaseRegistry.CaseStatus.Opened || from == ICaseRegistry.CaseStatus.Investigating) {
            return r == ICaseRegistry.CloseResult.NoPenalty || r == ICaseRegistry.CloseResult.Dismissed;
        }
        if (from == ICaseRegistry.CaseStatus.Decided) {
            return _ghostFine[id] == 0 && r == ICaseRegistry.CloseResult.PenaltyExecuted;
        }
        if (from == ICaseRegistry.CaseStatus.Paid) return r == ICaseRegistry.CloseResult.PenaltyExecuted;
        if (from == ICaseRegistry.CaseStatus.Referred) {
            return r == ICaseRegistry.CloseResult.PenaltyExecuted || r == ICaseRegistry.CloseResult.Dismissed;
        }
        return false;
    }

    /// @dev After each call: every case's status change must be allowed, and only the target
    /// case may have moved.
    function _check(bytes32 target) internal {
        for (uint256 i; i < CASES; ++i) {
            bytes32 id = caseIds[i];
            ICaseRegistry.CaseStatus now_ = _cases.statusOf(id);
            ICaseRegistry.CaseStatus before = ghostStatus[id];
            if (now_ == before) continue;
            ++transitionsSeen;
            if (id != target) _violate(true, "a case other than the target moved");
            if (!_transitionAllowed(id, before, now_)) _violate(true, "transition not in the table");
            ghostStatus[id] = now_;
        }
    }

    function _changed(string memory step, bool allowedByModel) internal {
        ++successfulChanges;
        calls[step]++;
        if (!allowedByModel) _violate(false, string.concat(step, " succeeded for a caller the model refuses"));
    }

    function _violate(bool transition, string memory why) internal {
        if (transition) ++transitionViolations;
        else ++actorViolations;
        lastViolation = why;
    }

    // ================================================================ picking inputs

    /// @dev Mostly a case that exists (for `open`: one that does not); sometimes any of the four.
    function _id(uint256 seed) internal returns (bytes32) {
        return _pickId(seed, false);
    }

    function _pickId(uint256 seed, bool forOpen) internal returns (bytes32) {
        ++actionsTried;
        uint256 h = uint256(keccak256(abi.encode(seed, "id")));
        if (h % 8 != 0) {
            for (uint256 k; k < CASES; ++k) {
                bytes32 id = caseIds[((h >> 8) + k) % CASES];
                if ((ghostStatus[id] == ICaseRegistry.CaseStatus.None) == forOpen) return id;
            }
        }
        return caseIds[(h >> 8) % CASES];
    }

    function _department(uint256 seed) internal view returns (bytes32) {
        uint256 i = uint256(keccak256(abi.encode(seed, "department"))) % 7;
        return i == 6 ? NOT_A_DEPARTMENT : _departments[i];
    }

    /// @dev Mostly the right person (a member of an entitled department — for an accept, of the
    /// receiving one — with one of `roles`); sometimes anyone at all, outsider included.
    function _actor(bytes32 id, uint16 roles, uint256 seed) internal view returns (address) {
        // The fuzzer favours small and repeated seeds: spread them before choosing.
        uint256 h = uint256(keccak256(abi.encode(seed)));
        uint256 mode = h % 8;
        if (mode == 0) return _actors[(h >> 8) % _actors.length];
        bytes32 department = ghostOwner[id];
        if (mode == 1 || department == bytes32(0)) department = _departments[(h >> 16) % 3];
        if (mode == 2 && ghostPending[id] != bytes32(0)) department = ghostPending[id];
        for (uint256 k; k < 3; ++k) {
            uint16 bit = [O, C, F][((h >> 24) + k) % 3];
            address a = _memberWith[department][bit];
            if (bit & roles != 0 && a != address(0)) return a;
        }
        return _actors[(h >> 8) % _actors.length];
    }

    function _likelyResult(bytes32 id, uint256 seed) internal view returns (ICaseRegistry.CloseResult) {
        seed = uint256(keccak256(abi.encode(seed, "result")));
        if (seed % 4 == 0) return ICaseRegistry.CloseResult((seed >> 8) % 4);
        ICaseRegistry.CaseStatus s = ghostStatus[id];
        if (s == ICaseRegistry.CaseStatus.Opened || s == ICaseRegistry.CaseStatus.Investigating) {
            return seed % 2 == 0 ? ICaseRegistry.CloseResult.NoPenalty : ICaseRegistry.CloseResult.Dismissed;
        }
        if (s == ICaseRegistry.CaseStatus.Referred && seed % 2 == 0) return ICaseRegistry.CloseResult.Dismissed;
        return ICaseRegistry.CloseResult.PenaltyExecuted;
    }
}

contract CaseTransitionsInvariantTest is CaseTestBase {
    CaseHandler internal handler;
    address internal shortOfficer; // a credential that runs out within a typical run

    function setUp() public override {
        super.setUp();
        shortOfficer = makeAddr("shortOfficer");
        vm.prank(enforcementAdmin);
        consortium.setMember(shortOfficer, Roles.OFFICER, keccak256("credential:shortOfficer"), START + 12 days);

        // Listed first = picked first for its department and role.
        address[] memory actors = new address[](20);
        actors[0] = shortOfficer;
        actors[1] = captainOnly;
        actors[2] = office;
        actors[3] = officer;
        actors[4] = captain;
        actors[5] = enforcementAdmin;
        actors[6] = trafficOfficer;
        actors[7] = trafficCaptain;
        actors[8] = trafficOffice;
        actors[9] = trafficAdmin;
        actors[10] = custodian;
        actors[11] = fireOfficer;
        actors[12] = fireCaptain;
        actors[13] = fireAdmin;
        actors[14] = housingAdmin;
        actors[15] = marketAdmin;
        actors[16] = marketCustodian;
        actors[17] = auditor;
        actors[18] = supervisionAdmin;
        actors[19] = outsider;
        handler = new CaseHandler(consortium, cases, actors, [ENFORCEMENT, TRAFFIC, FIRE, HOUSING, MARKET, SUPERVISION]);
        targetContract(address(handler));
    }

    /// @dev Every status change the handler saw was in the table and on the case it acted on,
    /// and the registry holds exactly the statuses the handler last saw.
    function invariant_casesMoveOnlyAlongAllowedTransitions() public view {
        assertEq(handler.transitionViolations(), 0, handler.lastViolation());
        for (uint256 i; i < 4; ++i) {
            bytes32 id = handler.caseIds(i);
            assertEq(uint256(cases.statusOf(id)), uint256(handler.ghostStatus(id)), "status seen by the handler");
        }
    }

    /// @dev Every successful call was made by an active member of an entitled department with a
    /// role the step needs (and a valid credential for enforcement roles).
    function invariant_onlyEntitledActorsChangeCases() public view {
        assertEq(handler.actorViolations(), 0, handler.lastViolation());
    }

    /// @dev Owner, hand-offs and pending transfer are what the model says: the former owner of a
    /// transferred case is not entitled any more.
    function invariant_ownershipFollowsTheModel() public view {
        bytes32[6] memory departments = [ENFORCEMENT, TRAFFIC, FIRE, HOUSING, MARKET, SUPERVISION];
        for (uint256 i; i < 4; ++i) {
            bytes32 id = handler.caseIds(i);
            bytes32 owner = handler.ghostOwner(id);
            assertEq(cases.caseOf(id).owner, owner, "owner");
            assertEq(cases.pendingTransferOf(id), handler.ghostPending(id), "pending transfer");
            for (uint256 d; d < 6; ++d) {
                bool entitled =
                    owner != bytes32(0) && (owner == departments[d] || handler.ghostHandedOff(id, departments[d]));
                assertEq(cases.isEntitled(id, departments[d]), entitled, "entitlement");
            }
        }
    }

    /// @dev A handler whose calls all fail would make the invariants vacuous. Checked on full-depth
    /// runs only (depth 50 in foundry.toml): the shorter sequences forge tries while shrinking a
    /// failure would otherwise all "fail" here and hide the real failure.
    function afterInvariant() public view {
        if (handler.actionsTried() < 50) return;
        vm.assertGt(handler.successfulChanges(), 0, "no call ever succeeded");
    }
}
