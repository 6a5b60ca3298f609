// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EvidenceTestBase} from "./EvidenceTestBase.sol";
import {MerkleBuilder} from "./MerkleBuilder.sol";
import {EvidenceRegistry} from "yunxi/EvidenceRegistry.sol";
import {Roles} from "yunxi/Roles.sol";

/// @notice Batch anchoring: one Merkle root (OpenZeppelin StandardMerkleTree, leaf schema in the
/// contract) for many items — who may anchor, what an anchor needs, duplicate roots — and item
/// verification: the leaf hash as the JS library computes it, valid and invalid proofs, and a
/// valid proof against a root that was never anchored. Trees are built here in Solidity.
contract EvidenceBatchTest is EvidenceTestBase {
    uint16 internal constant OFFICER_OR_CAPTAIN = Roles.OFFICER | Roles.CAPTAIN;
    bytes32 internal constant ROOT = keccak256("a batch root");
    bytes32 internal constant MANIFEST = keccak256("manifest blob");
    bytes32 internal constant BATCH_META = keccak256("batch metadata");

    function _leaf(uint256 seed, uint256 i) internal pure returns (EvidenceRegistry.BatchLeaf memory) {
        return EvidenceRegistry.BatchLeaf({
            caseId: keccak256(abi.encode("case", seed, i % 3)),
            contentSha256: keccak256(abi.encode("sha256", seed, i)),
            contentSm3: keccak256(abi.encode("sm3", seed, i)),
            // forge-lint: disable-next-line(unsafe-typecast) below 7
            kind: uint8(i % 7),
            blobRef: keccak256(abi.encode("blob", seed, i)),
            metadataHash: keccak256(abi.encode("meta", seed, i))
        });
    }

    /// @dev The StandardMerkleTree leaf, computed here from the schema.
    function _leafHash(EvidenceRegistry.BatchLeaf memory l) internal pure returns (bytes32) {
        return keccak256(
            bytes.concat(
                keccak256(abi.encode(l.caseId, l.contentSha256, l.contentSm3, l.kind, l.blobRef, l.metadataHash))
            )
        );
    }

    function _tree(uint256 seed, uint256 n)
        internal
        pure
        returns (EvidenceRegistry.BatchLeaf[] memory leaves, bytes32[] memory tree)
    {
        leaves = new EvidenceRegistry.BatchLeaf[](n);
        bytes32[] memory hashes = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            leaves[i] = _leaf(seed, i);
            hashes[i] = _leafHash(leaves[i]);
        }
        tree = MerkleBuilder.build(hashes);
    }

    function _copy(EvidenceRegistry.BatchLeaf memory l) internal pure returns (EvidenceRegistry.BatchLeaf memory) {
        return EvidenceRegistry.BatchLeaf(l.caseId, l.contentSha256, l.contentSm3, l.kind, l.blobRef, l.metadataHash);
    }

    function _anchor(address who, bytes32 root, uint32 count) internal {
        vm.prank(who);
        evidence.anchorBatch(root, count, MANIFEST, BATCH_META);
    }

    // ================================================================ anchorBatch

    function test_anchorBatch_commitsTheBatch() public {
        vm.expectEmit(true, true, true, true, address(evidence));
        emit EvidenceRegistry.BatchAnchored(ROOT, ENFORCEMENT, officer, 500, MANIFEST, BATCH_META, START);
        _anchor(officer, ROOT, 500);

        EvidenceRegistry.Batch memory b =
            EvidenceRegistry.Batch(ROOT, ENFORCEMENT, officer, 500, MANIFEST, BATCH_META, START);
        assertTrue(evidence.isAnchored(ROOT), "anchored");
        assertTrue(evidence.batchMatches(b), "the batch read back from the event matches");
        assertEq(evidence.batchCommitmentOf(b), keccak256(abi.encode(b)), "commitment = keccak256(abi.encode(batch))");
    }

    function test_anchorBatch_byCaptainOfAnyActiveDepartment() public {
        _anchor(trafficCaptain, ROOT, 1);
        EvidenceRegistry.Batch memory b =
            EvidenceRegistry.Batch(ROOT, TRAFFIC, trafficCaptain, 1, MANIFEST, BATCH_META, START);
        assertTrue(evidence.batchMatches(b), "a batch is not tied to a case");
    }

    function test_batchMatches_rejectsEveryChangedField() public {
        _anchor(officer, ROOT, 500);
        EvidenceRegistry.Batch memory b =
            EvidenceRegistry.Batch(ROOT, ENFORCEMENT, officer, 500, MANIFEST, BATCH_META, START);
        for (uint256 field; field < 7; ++field) {
            EvidenceRegistry.Batch memory c = EvidenceRegistry.Batch(
                b.root, b.department, b.anchorer, b.itemCount, b.manifestRef, b.metadataHash, b.anchoredAt
            );
            if (field == 0) c.root = keccak256("other root");
            else if (field == 1) c.department = TRAFFIC;
            else if (field == 2) c.anchorer = officer2;
            else if (field == 3) c.itemCount = 499;
            else if (field == 4) c.manifestRef = keccak256("other manifest");
            else if (field == 5) c.metadataHash = bytes32(0);
            else c.anchoredAt = START + 1;
            assertFalse(evidence.batchMatches(c), "a changed batch does not match");
        }
        assertTrue(evidence.batchMatches(b), "the exact batch does");
    }

    function test_RevertWhen_anchorBatch_zeroRoot() public {
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidRoot.selector));
        _anchor(officer, bytes32(0), 5);
    }

    function test_RevertWhen_anchorBatch_zeroItemCount() public {
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_EmptyBatch.selector));
        _anchor(officer, ROOT, 0);
    }

    function test_RevertWhen_anchorBatch_zeroManifest() public {
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_InvalidBlobRef.selector));
        vm.prank(officer);
        evidence.anchorBatch(ROOT, 5, bytes32(0), BATCH_META);
    }

    function test_RevertWhen_anchorBatch_duplicateRoot() public {
        _anchor(officer, ROOT, 5);
        vm.expectRevert(abi.encodeWithSelector(EvidenceRegistry.EvidenceRegistry_DuplicateRoot.selector, ROOT));
        _anchor(trafficOfficer, ROOT, 7);
        EvidenceRegistry.Batch memory first =
            EvidenceRegistry.Batch(ROOT, ENFORCEMENT, officer, 5, MANIFEST, BATCH_META, START);
        assertTrue(evidence.batchMatches(first), "the first anchor stays");
    }

    function test_RevertWhen_anchorBatch_wrongRole() public {
        address[4] memory wrong = [office, custodian, auditor, enforcementAdmin];
        for (uint256 i; i < 4; ++i) {
            vm.expectRevert(_unauthorised(wrong[i], OFFICER_OR_CAPTAIN));
            _anchor(wrong[i], ROOT, 5);
        }
        assertFalse(evidence.isAnchored(ROOT), "nothing anchored");
    }

    function test_RevertWhen_anchorBatch_byOutsider() public {
        vm.expectRevert(_unauthorised(outsider, OFFICER_OR_CAPTAIN));
        _anchor(outsider, ROOT, 5);
    }

    function test_RevertWhen_anchorBatch_credentialExpired() public {
        _expireCredentials();
        vm.expectRevert(_unauthorised(officer, OFFICER_OR_CAPTAIN));
        _anchor(officer, ROOT, 5);
    }

    function test_RevertWhen_anchorBatch_departmentSuspended() public {
        _suspend(TRAFFIC);
        vm.expectRevert(_unauthorised(trafficOfficer, OFFICER_OR_CAPTAIN));
        _anchor(trafficOfficer, ROOT, 5);
    }

    // ================================================================ leafHash and verifyBatchItem

    function test_leafHash_isTheStandardMerkleTreeLeaf() public view {
        EvidenceRegistry.BatchLeaf memory l = _leaf(1, 2);
        assertEq(evidence.leafHash(l), _leafHash(l), "double keccak of the abi-encoded schema values");
        l.kind = 0;
        assertEq(evidence.leafHash(l), _leafHash(l), "kind zero");
    }

    function test_verifyBatchItem_everyItemOfAFiveItemBatch() public {
        (EvidenceRegistry.BatchLeaf[] memory leaves, bytes32[] memory tree) = _tree(7, 5);
        bytes32 root = MerkleBuilder.root(tree);
        _anchor(officer, root, 5);
        for (uint256 i; i < 5; ++i) {
            bytes32[] memory proof = MerkleBuilder.proof(tree, _leafHash(leaves[i]));
            assertTrue(evidence.verifyBatchItem(root, leaves[i], proof), "item verifies");
        }
    }

    function test_verifyBatchItem_rejectsChangedItemAndWrongProof() public {
        (EvidenceRegistry.BatchLeaf[] memory leaves, bytes32[] memory tree) = _tree(7, 5);
        bytes32 root = MerkleBuilder.root(tree);
        _anchor(officer, root, 5);
        bytes32[] memory proof0 = MerkleBuilder.proof(tree, _leafHash(leaves[0]));
        bytes32[] memory proof1 = MerkleBuilder.proof(tree, _leafHash(leaves[1]));

        EvidenceRegistry.BatchLeaf memory changed = _copy(leaves[0]);
        changed.metadataHash = keccak256("other metadata");
        assertFalse(evidence.verifyBatchItem(root, changed, proof0), "changed item");
        assertFalse(evidence.verifyBatchItem(root, leaves[2], proof1), "someone else's proof");

        bytes32[] memory empty = new bytes32[](0);
        assertFalse(evidence.verifyBatchItem(root, leaves[1], empty), "no proof");
    }

    function test_verifyBatchItem_falseForNonAnchoredRoot() public {
        (EvidenceRegistry.BatchLeaf[] memory leaves, bytes32[] memory tree) = _tree(8, 4);
        bytes32 root = MerkleBuilder.root(tree);
        bytes32[] memory proof = MerkleBuilder.proof(tree, _leafHash(leaves[3]));
        assertFalse(evidence.verifyBatchItem(root, leaves[3], proof), "a valid proof, but the root was never anchored");
        _anchor(officer, root, 4);
        assertTrue(evidence.verifyBatchItem(root, leaves[3], proof), "once anchored it verifies");
    }

    /// @dev A one-item batch: the root is the leaf itself, the proof empty.
    function test_verifyBatchItem_singleItemBatch() public {
        EvidenceRegistry.BatchLeaf memory l = _leaf(9, 0);
        bytes32 root = _leafHash(l);
        _anchor(officer, root, 1);
        bytes32[] memory empty = new bytes32[](0);
        assertTrue(evidence.verifyBatchItem(root, l, empty), "single item");
    }

    /// @dev Root and proof as @openzeppelin/merkle-tree 1.0.8 (the SDK's library) computes them for
    /// five items [i+1, 0x100+i, 0x200+i, i, 0x300+i, 0x400+i] — `StandardMerkleTree.of(values,
    /// ["bytes32","bytes32","bytes32","uint8","bytes32","bytes32"])` run with node: the registry
    /// and the tree builder used in these tests both agree with it.
    function test_verifyBatchItem_agreesWithTheJsLibrary() public {
        bytes32[] memory hashes = new bytes32[](5);
        EvidenceRegistry.BatchLeaf memory item2;
        for (uint256 i; i < 5; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast) i < 5
            uint8 kind = uint8(i);
            EvidenceRegistry.BatchLeaf memory l = EvidenceRegistry.BatchLeaf(
                bytes32(i + 1), bytes32(0x100 + i), bytes32(0x200 + i), kind, bytes32(0x300 + i), bytes32(0x400 + i)
            );
            hashes[i] = _leafHash(l);
            if (i == 2) item2 = l;
        }
        bytes32 jsRoot = 0x3c5a4540badadd952537c86176f3ad940f308a43b288a45c058512c12ea3c8a4;
        bytes32[] memory jsProof = new bytes32[](3);
        jsProof[0] = 0x39a81849b3b73bf993541310f5eee87b758c54c7c15a6e230c2b13780fed162e;
        jsProof[1] = 0xfe35df0dd798d27ba6a3564c1362307b990584e33092100aa188ac356f54a60d;
        jsProof[2] = 0xdfa7fbb5575d5470898e5b12383e6531f3f2cae71f437383ecd6c1161bd5269f;

        assertEq(evidence.leafHash(item2), 0x4368f6c30454fb070a3a94b5be796aac606a830b7edfdf292c685b188897f0a0, "leaf");
        bytes32[] memory tree = MerkleBuilder.build(hashes);
        assertEq(MerkleBuilder.root(tree), jsRoot, "builder root = JS root");
        bytes32[] memory proof = MerkleBuilder.proof(tree, hashes[2]);
        assertEq(proof.length, 3, "proof length");
        for (uint256 i; i < 3; ++i) {
            assertEq(proof[i], jsProof[i], "builder proof = JS proof");
        }
        _anchor(officer, jsRoot, 5);
        assertTrue(evidence.verifyBatchItem(jsRoot, item2, jsProof), "the JS proof verifies on chain");
    }

    // ================================================================ fuzz

    /// @dev Random batches of 2–16 items: every item verifies with its proof; a changed item, a
    /// foreign proof or a non-anchored root does not.
    function testFuzz_verifyBatchItem_randomBatches(uint256 seed, uint256 size, uint256 pick, uint8 kindDelta) public {
        uint256 n = bound(size, 2, 16);
        (EvidenceRegistry.BatchLeaf[] memory leaves, bytes32[] memory tree) = _tree(seed, n);
        bytes32 root = MerkleBuilder.root(tree);
        uint256 k = bound(pick, 0, n - 1);
        bytes32[] memory proof = MerkleBuilder.proof(tree, _leafHash(leaves[k]));

        assertFalse(evidence.verifyBatchItem(root, leaves[k], proof), "not anchored yet");
        // forge-lint: disable-next-line(unsafe-typecast) n ≤ 16
        _anchor(officer, root, uint32(n));
        assertTrue(evidence.verifyBatchItem(root, leaves[k], proof), "item verifies");

        EvidenceRegistry.BatchLeaf memory changed = _copy(leaves[k]);
        changed.kind = leaves[k].kind ^ uint8(bound(kindDelta, 1, 255));
        assertFalse(evidence.verifyBatchItem(root, changed, proof), "changed item");

        uint256 other = (k + 1) % n;
        bytes32[] memory otherProof = MerkleBuilder.proof(tree, _leafHash(leaves[other]));
        assertFalse(evidence.verifyBatchItem(root, leaves[k], otherProof), "foreign proof");
    }
}
