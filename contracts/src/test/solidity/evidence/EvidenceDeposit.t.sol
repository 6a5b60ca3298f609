// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EvidenceTestBase} from "./EvidenceTestBase.sol";
import {EvidenceRegistry} from "yunxi/EvidenceRegistry.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice Depositing evidence (数据存证) and correcting it: who may deposit in which case, what a
/// deposit must carry, the duplicate-content rule, corrections that name the record they
/// supersede (passed in full and checked), and that nothing deposited ever changes. Ends with the
/// property that `recordMatches` accepts exactly the deposited record and no single-field variant.
contract EvidenceDepositTest is EvidenceTestBase {
    uint16 internal constant OFFICER_OR_CAPTAIN = Roles.OFFICER | Roles.CAPTAIN;

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
    }

    // ================================================================ deposit

    function test_deposit_commitsTheFullRecord() public {
        EvidenceRegistry.EvidenceRecord memory r = _photo(CASE_ID, officer);
        bytes32 expectedId = _evidenceId(CASE_ID, PHOTO_SHA256, bytes32(0));
        _expectDeposited(expectedId, r);
        (, bytes32 id) = _deposit(r);

        assertEq(id, expectedId, "id = keccak256(abi.encode(caseId, sha256, 0))");
        assertTrue(evidence.isDeposited(id), "deposited");
        assertEq(evidence.recordCommitment(id), _commitment(r), "commitment = keccak256(abi.encode(record))");
        assertEq(evidence.commitmentOf(r), _commitment(r), "commitmentOf agrees");
        assertTrue(evidence.recordMatches(r), "the record read back from the event matches");
    }

    function test_deposit_byCaptain() public {
        vm.warp(START + 2 hours);
        EvidenceRegistry.EvidenceRecord memory r = _photo(CASE_ID, captainOnly);
        r.kind = KIND_VIDEO;
        _expectDeposited(_evidenceId(CASE_ID, PHOTO_SHA256, bytes32(0)), r);
        _deposit(r);
        assertTrue(evidence.recordMatches(r), "captain's deposit");
    }

    function test_deposit_byHandedOffDepartment() public {
        vm.prank(fireOfficer);
        cases.open(FIRE_LANE_CASE, CASE_TYPE_FIRE_LANE, false);
        vm.prank(fireOfficer);
        cases.handOff(FIRE_LANE_CASE, TRAFFIC);

        EvidenceRegistry.EvidenceRecord memory r = _photo(FIRE_LANE_CASE, trafficOfficer);
        (, bytes32 id) = _deposit(r);
        assertTrue(evidence.recordMatches(r), "the traffic police deposit in the fire brigade's case");
        assertEq(evidence.recordCommitment(id), _commitment(r), "commitment");
    }

    function test_deposit_sameContentInAnotherCase() public {
        _openSimple(SIMPLE_CASE);
        (, bytes32 first) = _deposit(_photo(CASE_ID, officer));
        (, bytes32 second) = _deposit(_photo(SIMPLE_CASE, officer));
        assertTrue(first != second, "one id per case");
        assertTrue(evidence.isDeposited(first) && evidence.isDeposited(second), "both deposited");
    }

    /// @dev By design: archive scans and court enforcement records arrive after closing.
    function test_deposit_onClosedCase() public {
        vm.prank(captain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.Dismissed, SUMMARY);
        EvidenceRegistry.EvidenceRecord memory r = _photo(CASE_ID, officer);
        _expectDeposited(_evidenceId(CASE_ID, PHOTO_SHA256, bytes32(0)), r);
        _deposit(r);
        assertTrue(evidence.recordMatches(r), "deposited after closing");
    }

    function test_deposit_zeroMetadataAndAnyKindAllowed() public {
        EvidenceRegistry.EvidenceRecord memory r = _photo(CASE_ID, officer);
        r.metadataHash = bytes32(0);
        r.kind = type(uint8).max;
        _deposit(r);
        assertTrue(evidence.recordMatches(r), "metadata is optional, kinds are the SDK's");
    }

    function test_RevertWhen_deposit_zeroSha256() public {
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidDigest.selector));
        vm.prank(officer);
        evidence.deposit(CASE_ID, bytes32(0), PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_zeroSm3() public {
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidDigest.selector));
        vm.prank(officer);
        evidence.deposit(CASE_ID, PHOTO_SHA256, bytes32(0), KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_zeroBlobRef() public {
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidBlobRef.selector));
        vm.prank(officer);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, bytes32(0), PHOTO_META);
    }

    function test_RevertWhen_deposit_duplicateContentInSameCase() public {
        (EvidenceRegistry.EvidenceRecord memory first, bytes32 id) = _deposit(_photo(CASE_ID, officer));
        vm.warp(START + 1 hours);
        vm.expectRevert(
            abi.encodeWithSelector(
                EvidenceRegistry.EvidenceRegistry_DuplicateContent.selector, CASE_ID, PHOTO_SHA256, id
            )
        );
        // same SHA-256, everything else different, another depositor
        vm.prank(officer2);
        evidence.deposit(CASE_ID, PHOTO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        assertTrue(evidence.recordMatches(first), "the first deposit stays");
    }

    function test_RevertWhen_deposit_byOffice() public {
        vm.expectRevert(_unauthorised(office, OFFICER_OR_CAPTAIN));
        vm.prank(office);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_byAdminOrAuditor() public {
        vm.expectRevert(_unauthorised(enforcementAdmin, OFFICER_OR_CAPTAIN));
        vm.prank(enforcementAdmin);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
        vm.expectRevert(_unauthorised(auditor, OFFICER_OR_CAPTAIN));
        vm.prank(auditor);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_byOtherDepartment() public {
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficOfficer);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_byFormerOwnerAfterTransfer() public {
        vm.prank(captain);
        cases.proposeTransfer(CASE_ID, TRAFFIC);
        vm.prank(trafficCaptain);
        cases.acceptTransfer(CASE_ID);
        vm.expectRevert(_notEntitled(CASE_ID, ENFORCEMENT));
        vm.prank(officer);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_byOutsider() public {
        vm.expectRevert(_unauthorised(outsider, OFFICER_OR_CAPTAIN));
        vm.prank(outsider);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_credentialExpired() public {
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        vm.prank(officer);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_departmentSuspended() public {
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        vm.prank(officer);
        evidence.deposit(CASE_ID, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_deposit_unknownCase() public {
        vm.expectRevert(_unknownCase(UNKNOWN_CASE));
        vm.prank(officer);
        evidence.deposit(UNKNOWN_CASE, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    // ================================================================ correct

    function test_correct_supersedesAndLeavesTheOriginalUnchanged() public {
        (EvidenceRegistry.EvidenceRecord memory original, bytes32 originalId) = _deposit(_photo(CASE_ID, officer));
        bytes32 originalCommitment = evidence.recordCommitment(originalId);

        vm.warp(START + 1 days);
        bytes32 newSha = keccak256("sha256 of the re-exported photo");
        EvidenceRegistry.EvidenceRecord memory expected = EvidenceRegistry.EvidenceRecord(
            CASE_ID, newSha, VIDEO_SM3, KIND_PHOTO, VIDEO_BLOB, VIDEO_META, officer2, START + 1 days, originalId
        );
        bytes32 expectedId = _evidenceId(CASE_ID, newSha, originalId);
        _expectDeposited(expectedId, expected);
        (, bytes32 id) = _correct(original, officer2, newSha, VIDEO_SM3, KIND_PHOTO, VIDEO_BLOB, VIDEO_META);

        assertEq(id, expectedId, "id = keccak256(abi.encode(caseId, sha256, supersededId))");
        assertTrue(evidence.recordMatches(expected), "the correction matches");
        assertEq(evidence.recordCommitment(originalId), originalCommitment, "original commitment unchanged");
        assertTrue(evidence.recordMatches(original), "original still matches");
    }

    /// @dev A correction may keep the content and fix only metadata: its id differs by `supersedes`.
    function test_correct_sameContentNewMetadata() public {
        (EvidenceRegistry.EvidenceRecord memory original, bytes32 originalId) = _deposit(_photo(CASE_ID, officer));
        (EvidenceRegistry.EvidenceRecord memory fixed_, bytes32 id) =
            _correct(original, officer, PHOTO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, keccak256("fixed metadata"));
        assertTrue(id != originalId, "a new record");
        assertTrue(evidence.recordMatches(fixed_) && evidence.recordMatches(original), "both kept");
    }

    function test_correct_aCorrection() public {
        (EvidenceRegistry.EvidenceRecord memory first,) = _deposit(_photo(CASE_ID, officer));
        (EvidenceRegistry.EvidenceRecord memory second, bytes32 secondId) =
            _correct(first, officer, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        (EvidenceRegistry.EvidenceRecord memory third,) =
            _correct(second, captain, keccak256("third"), VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        assertEq(third.supersedes, secondId, "the chain of corrections");
        assertTrue(evidence.recordMatches(third), "third matches");
    }

    function test_correct_byHandedOffDepartment() public {
        (EvidenceRegistry.EvidenceRecord memory original,) = _deposit(_photo(CASE_ID, officer));
        vm.prank(officer);
        cases.handOff(CASE_ID, TRAFFIC);
        (EvidenceRegistry.EvidenceRecord memory fixed_,) =
            _correct(original, trafficOfficer, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        assertTrue(evidence.recordMatches(fixed_), "receiver corrects");
    }

    function test_RevertWhen_correct_recordMismatch() public {
        (EvidenceRegistry.EvidenceRecord memory original, bytes32 id) = _deposit(_photo(CASE_ID, officer));
        // every field outside the id, changed in turn
        for (uint256 field; field < 6; ++field) {
            EvidenceRegistry.EvidenceRecord memory wrong = _copy(original);
            if (field == 0) wrong.contentSm3 = VIDEO_SM3;
            else if (field == 1) wrong.kind = KIND_VIDEO;
            else if (field == 2) wrong.blobRef = VIDEO_BLOB;
            else if (field == 3) wrong.metadataHash = VIDEO_META;
            else if (field == 4) wrong.depositor = officer2;
            else wrong.depositedAt = original.depositedAt + 1;
            vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_RecordMismatch.selector, id));
            vm.prank(officer);
            evidence.correct(wrong, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        }
    }

    function test_RevertWhen_correct_unknownEvidence() public {
        EvidenceRegistry.EvidenceRecord memory never = _photo(CASE_ID, officer);
        bytes32 id = _evidenceId(CASE_ID, PHOTO_SHA256, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_UnknownEvidence.selector, id));
        vm.prank(officer);
        evidence.correct(never, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
    }

    function test_RevertWhen_correct_recordClaimedForAnotherCase() public {
        _openSimple(SIMPLE_CASE);
        (EvidenceRegistry.EvidenceRecord memory original,) = _deposit(_photo(CASE_ID, officer));
        original.caseId = SIMPLE_CASE; // the id moves with the case: no such record
        bytes32 id = _evidenceId(SIMPLE_CASE, PHOTO_SHA256, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_UnknownEvidence.selector, id));
        vm.prank(officer);
        evidence.correct(original, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
    }

    function test_RevertWhen_correct_sameCorrectionTwice() public {
        (EvidenceRegistry.EvidenceRecord memory original, bytes32 originalId) = _deposit(_photo(CASE_ID, officer));
        _correct(original, officer, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        bytes32 id = _evidenceId(CASE_ID, VIDEO_SHA256, originalId);
        vm.expectRevert(
            abi.encodeWithSelector(
                EvidenceRegistry.EvidenceRegistry_DuplicateContent.selector, CASE_ID, VIDEO_SHA256, id
            )
        );
        vm.prank(officer2);
        evidence.correct(original, VIDEO_SHA256, PHOTO_SM3, KIND_PHOTO, PHOTO_BLOB, PHOTO_META);
    }

    function test_RevertWhen_correct_zeroDigestOrBlob() public {
        (EvidenceRegistry.EvidenceRecord memory original,) = _deposit(_photo(CASE_ID, officer));
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidDigest.selector));
        vm.prank(officer);
        evidence.correct(original, bytes32(0), VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidDigest.selector));
        vm.prank(officer);
        evidence.correct(original, VIDEO_SHA256, bytes32(0), KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidBlobRef.selector));
        vm.prank(officer);
        evidence.correct(original, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, bytes32(0), VIDEO_META);
    }

    function test_RevertWhen_correct_byOtherDepartment() public {
        (EvidenceRegistry.EvidenceRecord memory original,) = _deposit(_photo(CASE_ID, officer));
        vm.expectRevert(_notEntitled(CASE_ID, TRAFFIC));
        vm.prank(trafficOfficer);
        evidence.correct(original, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
    }

    function test_RevertWhen_correct_byOfficeOrOutsider() public {
        (EvidenceRegistry.EvidenceRecord memory original,) = _deposit(_photo(CASE_ID, officer));
        vm.expectRevert(_unauthorised(office, OFFICER_OR_CAPTAIN));
        vm.prank(office);
        evidence.correct(original, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
        vm.expectRevert(_unauthorised(outsider, OFFICER_OR_CAPTAIN));
        vm.prank(outsider);
        evidence.correct(original, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
    }

    function test_RevertWhen_correct_credentialExpired() public {
        (EvidenceRegistry.EvidenceRecord memory original,) = _deposit(_photo(CASE_ID, officer));
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        vm.prank(officer);
        evidence.correct(original, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
    }

    function test_RevertWhen_correct_departmentSuspended() public {
        (EvidenceRegistry.EvidenceRecord memory original,) = _deposit(_photo(CASE_ID, officer));
        _suspend(ENFORCEMENT);
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        vm.prank(officer);
        evidence.correct(original, VIDEO_SHA256, VIDEO_SM3, KIND_VIDEO, VIDEO_BLOB, VIDEO_META);
    }

    // ================================================================ views

    function test_views_unknownRecord() public view {
        EvidenceRegistry.EvidenceRecord memory r = _photo(CASE_ID, officer);
        bytes32 id = _evidenceId(CASE_ID, PHOTO_SHA256, bytes32(0));
        assertFalse(evidence.isDeposited(id), "not deposited");
        assertEq(evidence.recordCommitment(id), bytes32(0), "no commitment");
        assertFalse(evidence.recordMatches(r), "nothing to match");
        EvidenceRegistry.EvidenceRecord memory zero;
        assertFalse(evidence.recordMatches(zero), "the all-zero record matches nothing");
        assertEq(evidence.evidenceIdOf(CASE_ID, PHOTO_SHA256, bytes32(0)), id, "evidenceIdOf");
        assertEq(evidence.idOf(r), id, "idOf");
        assertEq(evidence.commitmentOf(r), _commitment(r), "commitmentOf");
    }

    // ================================================================ fuzz

    /// @dev Any deposit matches exactly itself; changing any one of its nine fields breaks the match.
    function testFuzz_deposit_recordMatchesOnlyTheExactRecord(
        bytes32 sha,
        bytes32 sm3,
        uint8 kind,
        bytes32 blobRef,
        bytes32 metadataHash,
        uint256 field,
        uint256 delta
    ) public {
        if (sha == bytes32(0)) sha = PHOTO_SHA256;
        if (sm3 == bytes32(0)) sm3 = PHOTO_SM3;
        if (blobRef == bytes32(0)) blobRef = PHOTO_BLOB;
        EvidenceRegistry.EvidenceRecord memory r =
            EvidenceRegistry.EvidenceRecord(CASE_ID, sha, sm3, kind, blobRef, metadataHash, officer, START, bytes32(0));
        _expectDeposited(_evidenceId(CASE_ID, sha, bytes32(0)), r);
        _deposit(r);
        assertTrue(evidence.recordMatches(r), "the deposit matches");

        delta = bound(delta, 1, type(uint8).max); // non-zero in every field width used below
        // forge-lint: disable-next-line(unsafe-typecast) delta is bound to [1, 255]
        uint8 small = uint8(delta);
        EvidenceRegistry.EvidenceRecord memory changed = _copy(r);
        field = bound(field, 0, 8);
        if (field == 0) changed.caseId = bytes32(uint256(r.caseId) ^ delta);
        else if (field == 1) changed.contentSha256 = bytes32(uint256(sha) ^ delta);
        else if (field == 2) changed.contentSm3 = bytes32(uint256(sm3) ^ delta);
        else if (field == 3) changed.kind = kind ^ small;
        else if (field == 4) changed.blobRef = bytes32(uint256(blobRef) ^ delta);
        else if (field == 5) changed.metadataHash = bytes32(uint256(metadataHash) ^ delta);
        else if (field == 6) changed.depositor = address(uint160(officer) ^ small);
        else if (field == 7) changed.depositedAt = START ^ small;
        else changed.supersedes = bytes32(delta);
        assertFalse(evidence.recordMatches(changed), "a one-field variant does not match");
    }

    /// @dev A correction never alters what it supersedes, whatever it carries.
    function testFuzz_correct_leavesSupersededUnchanged(
        bytes32 sha,
        bytes32 sm3,
        uint8 kind,
        bytes32 meta,
        uint32 later
    ) public {
        if (sha == bytes32(0)) sha = VIDEO_SHA256;
        if (sm3 == bytes32(0)) sm3 = VIDEO_SM3;
        (EvidenceRegistry.EvidenceRecord memory original, bytes32 originalId) = _deposit(_photo(CASE_ID, officer));
        bytes32 before = evidence.recordCommitment(originalId);
        vm.warp(START + bound(later, 0, 300 days));
        (EvidenceRegistry.EvidenceRecord memory fixed_, bytes32 id) =
            _correct(original, captain, sha, sm3, kind, VIDEO_BLOB, meta);
        assertEq(evidence.recordCommitment(originalId), before, "superseded unchanged");
        assertTrue(evidence.recordMatches(original), "superseded still matches");
        assertTrue(evidence.recordMatches(fixed_), "correction matches");
        assertEq(id, _evidenceId(CASE_ID, sha, originalId), "correction id");
    }

    function _copy(EvidenceRegistry.EvidenceRecord memory r)
        internal
        pure
        returns (EvidenceRegistry.EvidenceRecord memory)
    {
        return EvidenceRegistry.EvidenceRecord(
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
