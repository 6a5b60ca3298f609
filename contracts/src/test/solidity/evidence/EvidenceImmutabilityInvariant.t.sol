// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EvidenceTestBase} from "./EvidenceTestBase.sol";
import {Vm} from "yunxi-test/kit/Vm.sol";
import {EvidenceRegistry} from "yunxi/EvidenceRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";

/// @notice Invariant "a deposited record never changes". The handler deposits, corrects (passing
/// the superseded record as deposited, or with one field altered) and anchors batches, with
/// right and wrong actors, repeated contents and roots, and time warps. It keeps every record
/// and batch that was accepted, with the commitment computed here from its definition; the
/// invariants check that each stored commitment is still the one first committed, that each
/// kept record and batch still matches, and that nothing the rules refuse was ever accepted
/// (a duplicate id or root, a correction of a record that is not exactly a deposited one, a
/// deposit by someone not entitled).
contract EvidenceHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    struct Actor {
        address account;
        bytes32 department;
        bool depositor; // holds OFFICER or CAPTAIN (credentials outlive every run here)
    }

    EvidenceRegistry internal immutable _evidence;
    bytes32[3] internal _caseIds;
    Actor[] internal _actors;
    mapping(bytes32 caseId => mapping(bytes32 department => bool)) internal _entitled;

    // ---- ghosts
    EvidenceRegistry.EvidenceRecord[] internal _records;
    bytes32[] public ids;
    mapping(bytes32 evidenceId => bytes32) public ghostCommitment;
    EvidenceRegistry.Batch[] internal _batches;

    uint256 public violations;
    string public lastViolation;
    uint256 public deposits;
    uint256 public corrections;
    uint256 public anchors;
    uint256 public refusedMismatches;
    uint256 public actionsTried;

    constructor(
        EvidenceRegistry evidence_,
        bytes32[3] memory caseIds_,
        Actor[] memory actors_,
        bytes32[2][4] memory entitled
    ) {
        _evidence = evidence_;
        _caseIds = caseIds_;
        for (uint256 i; i < actors_.length; ++i) {
            _actors.push(actors_[i]);
        }
        for (uint256 i; i < 4; ++i) {
            _entitled[entitled[i][0]][entitled[i][1]] = true;
        }
    }

    // ================================================================ actions

    function deposit(uint256 actorSeed, uint256 caseSeed, uint256 contentSeed, uint8 kind, bytes32 meta) external {
        ++actionsTried;
        bytes32 caseId = _caseIds[uint256(keccak256(abi.encode(caseSeed))) % 3];
        Actor memory a = _actor(actorSeed, caseId);
        // a small pool of contents, so that duplicates come up; now and then a zero digest
        bytes32 sha = contentSeed % 16 == 0 ? bytes32(0) : keccak256(abi.encode("content", contentSeed % 10));
        bytes32 sm3 = keccak256(abi.encode("sm3", contentSeed));
        bytes32 blob = keccak256(abi.encode("blob", contentSeed));
        vm.prank(a.account);
        try _evidence.deposit(caseId, sha, sm3, kind, blob, meta) returns (bytes32 id) {
            ++deposits;
            if (!a.depositor || !_entitled[caseId][a.department]) _violate("deposit by someone not entitled");
            if (sha == bytes32(0)) _violate("deposit with a zero digest");
            _keep(
                id,
                EvidenceRegistry.EvidenceRecord(
                    caseId, sha, sm3, kind, blob, meta, a.account, uint64(block.timestamp), bytes32(0)
                )
            );
        } catch {}
    }

    function correct(uint256 actorSeed, uint256 recordSeed, uint256 contentSeed, uint256 alterSeed) external {
        ++actionsTried;
        if (_records.length == 0) return;
        EvidenceRegistry.EvidenceRecord memory superseded = _records[recordSeed % _records.length];
        Actor memory a = _actor(actorSeed, superseded.caseId);
        bool altered = alterSeed % 4 == 0;
        if (altered) _alter(superseded, alterSeed >> 8);
        bytes32 supersededId = keccak256(abi.encode(superseded.caseId, superseded.contentSha256, superseded.supersedes));
        bool exactlyDeposited = ghostCommitment[supersededId] != bytes32(0)
            && ghostCommitment[supersededId] == keccak256(abi.encode(superseded));

        bytes32 sha = keccak256(abi.encode("content", contentSeed % 10));
        bytes32 sm3 = keccak256(abi.encode("corrected sm3", contentSeed));
        bytes32 blob = keccak256(abi.encode("corrected blob", contentSeed));
        // forge-lint: disable-next-line(unsafe-typecast) any kind will do: truncation is the point
        uint8 kind = uint8(contentSeed);
        vm.prank(a.account);
        try _evidence.correct(superseded, sha, sm3, kind, blob, bytes32(0)) returns (bytes32 id) {
            ++corrections;
            if (!exactlyDeposited) _violate("correction of a record that is not exactly a deposited one");
            if (!a.depositor || !_entitled[superseded.caseId][a.department]) {
                _violate("correction by someone not entitled");
            }
            _keep(
                id,
                EvidenceRegistry.EvidenceRecord(
                    superseded.caseId,
                    sha,
                    sm3,
                    kind,
                    blob,
                    bytes32(0),
                    a.account,
                    uint64(block.timestamp),
                    supersededId
                )
            );
        } catch {
            if (altered && !exactlyDeposited) ++refusedMismatches;
        }
    }

    function anchorBatch(uint256 actorSeed, uint256 rootSeed, uint32 count, bytes32 meta) external {
        ++actionsTried;
        Actor memory a = _actor(actorSeed, _caseIds[0]);
        bytes32 root = keccak256(abi.encode("root", rootSeed % 12));
        count = count == 0 ? 1 : count;
        bytes32 manifest = keccak256(abi.encode("manifest", rootSeed));
        vm.prank(a.account);
        try _evidence.anchorBatch(root, count, manifest, meta) {
            ++anchors;
            if (!a.depositor) _violate("anchor by someone without OFFICER or CAPTAIN");
            for (uint256 i; i < _batches.length; ++i) {
                if (_batches[i].root == root) _violate("the same root anchored twice");
            }
            _batches.push(
                EvidenceRegistry.Batch(root, a.department, a.account, count, manifest, meta, uint64(block.timestamp))
            );
        } catch {}
    }

    function warp(uint256 seconds_) external {
        ++actionsTried;
        vm.warp(block.timestamp + 1 + seconds_ % 3 days);
    }

    // ================================================================ ghosts

    function recordCount() external view returns (uint256) {
        return _records.length;
    }

    function recordAt(uint256 i) external view returns (EvidenceRegistry.EvidenceRecord memory) {
        return _records[i];
    }

    function batchCount() external view returns (uint256) {
        return _batches.length;
    }

    function batchAt(uint256 i) external view returns (EvidenceRegistry.Batch memory) {
        return _batches[i];
    }

    function _keep(bytes32 id, EvidenceRegistry.EvidenceRecord memory r) internal {
        if (id != keccak256(abi.encode(r.caseId, r.contentSha256, r.supersedes))) _violate("unexpected evidence id");
        if (ghostCommitment[id] != bytes32(0)) _violate("an id accepted twice");
        ghostCommitment[id] = keccak256(abi.encode(r));
        ids.push(id);
        _records.push(r);
    }

    function _alter(EvidenceRegistry.EvidenceRecord memory r, uint256 seed) internal pure {
        uint256 field = seed % 9;
        if (field == 0) r.caseId = keccak256(abi.encode(r.caseId));
        else if (field == 1) r.contentSha256 = keccak256(abi.encode("content", (seed >> 8) % 10));
        else if (field == 2) r.contentSm3 = keccak256(abi.encode(r.contentSm3));
        else if (field == 3) r.kind = r.kind ^ 1;
        else if (field == 4) r.blobRef = keccak256(abi.encode(r.blobRef));
        else if (field == 5) r.metadataHash = keccak256(abi.encode(r.metadataHash));
        else if (field == 6) r.depositor = address(uint160(r.depositor) ^ 1);
        else if (field == 7) r.depositedAt = r.depositedAt + 1;
        else r.supersedes = keccak256(abi.encode(r.supersedes));
    }

    /// @dev Seven times in eight someone who may deposit in `caseId` (OFFICER or CAPTAIN of an
    /// entitled department); otherwise anyone, outsider included.
    function _actor(uint256 seed, bytes32 caseId) internal view returns (Actor memory) {
        seed = uint256(keccak256(abi.encode(seed, "actor")));
        uint256 n = _actors.length;
        if (seed % 8 != 0) {
            for (uint256 k; k < n; ++k) {
                Actor memory a = _actors[((seed >> 8) + k) % n];
                if (a.depositor && _entitled[caseId][a.department]) return a;
            }
        }
        return _actors[(seed >> 8) % n];
    }

    function _violate(string memory why) internal {
        ++violations;
        lastViolation = why;
    }
}

contract EvidenceImmutabilityInvariantTest is EvidenceTestBase {
    EvidenceHandler internal handler;
    bytes32 internal constant CASE_B = keccak256("invariant: fire brigade case");
    bytes32 internal constant CASE_C = keccak256("invariant: closed case");

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID); // ENFORCEMENT, handed off to TRAFFIC
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
        vm.prank(fireOfficer);
        cases.open(CASE_B, CASE_TYPE_FIRE_LANE, false); // FIRE only
        _toClosed(CASE_C); // ENFORCEMENT, closed: deposits still allowed

        EvidenceHandler.Actor[] memory actors = new EvidenceHandler.Actor[](8);
        actors[0] = EvidenceHandler.Actor(officer, ENFORCEMENT, true);
        actors[1] = EvidenceHandler.Actor(captainOnly, ENFORCEMENT, true);
        actors[2] = EvidenceHandler.Actor(trafficOfficer, TRAFFIC, true);
        actors[3] = EvidenceHandler.Actor(fireCaptain, FIRE, true);
        actors[4] = EvidenceHandler.Actor(office, ENFORCEMENT, false);
        actors[5] = EvidenceHandler.Actor(custodian, TRAFFIC, false);
        actors[6] = EvidenceHandler.Actor(auditor, SUPERVISION, false);
        actors[7] = EvidenceHandler.Actor(outsider, bytes32(0), false);
        bytes32[2][4] memory entitled =
            [[CASE_ID, ENFORCEMENT], [CASE_ID, TRAFFIC], [CASE_B, FIRE], [CASE_C, ENFORCEMENT]];
        handler = new EvidenceHandler(evidence, [CASE_ID, CASE_B, CASE_C], actors, entitled);
        targetContract(address(handler));
    }

    /// @dev Every accepted record keeps its first commitment and still matches in full.
    function invariant_depositedRecordNeverChanges() public view {
        uint256 n = handler.recordCount();
        for (uint256 i; i < n; ++i) {
            bytes32 id = handler.ids(i);
            EvidenceRegistry.EvidenceRecord memory r = handler.recordAt(i);
            assertEq(evidence.recordCommitment(id), handler.ghostCommitment(id), "stored commitment changed");
            assertTrue(evidence.recordMatches(r), "a deposited record no longer matches");
        }
    }

    /// @dev Every anchored batch still matches in full.
    function invariant_anchoredBatchNeverChanges() public view {
        uint256 n = handler.batchCount();
        for (uint256 i; i < n; ++i) {
            EvidenceRegistry.Batch memory b = handler.batchAt(i);
            assertTrue(evidence.batchMatches(b), "an anchored batch no longer matches");
        }
    }

    /// @dev Nothing the rules refuse was accepted (checked by the handler after each success).
    function invariant_nothingRefusedWasAccepted() public view {
        assertEq(handler.violations(), 0, handler.lastViolation());
    }

    /// @dev Full-depth runs must have deposited something (see CaseTransitionsInvariant.t.sol for
    /// why shorter sequences are exempt).
    function afterInvariant() public view {
        if (handler.actionsTried() < 50) return;
        vm.assertGt(handler.deposits(), 0, "nothing was ever deposited");
    }
}
