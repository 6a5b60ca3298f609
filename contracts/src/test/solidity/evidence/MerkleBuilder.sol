// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice OpenZeppelin's StandardMerkleTree, rebuilt in Solidity for the tests: leaf hashes
/// sorted ascending, laid out at the end of a (2n − 1)-node array in reverse order, each inner
/// node the keccak-256 of its two children sorted (the commutative pair hash `MerkleProof` checks).
/// Any number of leaves, as the JS library allows.
library MerkleBuilder {
    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encodePacked(a, b)) : keccak256(abi.encodePacked(b, a));
    }

    function build(bytes32[] memory leafHashes) internal pure returns (bytes32[] memory tree) {
        uint256 n = leafHashes.length;
        require(n > 0, "MerkleBuilder: no leaves");
        bytes32[] memory sorted = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            bytes32 h = leafHashes[i];
            uint256 j = i;
            while (j > 0 && sorted[j - 1] > h) {
                sorted[j] = sorted[j - 1];
                --j;
            }
            sorted[j] = h;
        }
        tree = new bytes32[](2 * n - 1);
        for (uint256 i; i < n; ++i) {
            tree[tree.length - 1 - i] = sorted[i];
        }
        for (uint256 i = n - 1; i > 0; --i) {
            tree[i - 1] = hashPair(tree[2 * i - 1], tree[2 * i]);
        }
    }

    function root(bytes32[] memory tree) internal pure returns (bytes32) {
        return tree[0];
    }

    /// @dev The sibling path of `leaf` (which must be a leaf of `tree`), bottom up.
    function proof(bytes32[] memory tree, bytes32 leaf) internal pure returns (bytes32[] memory path) {
        uint256 n = (tree.length + 1) / 2;
        uint256 index = type(uint256).max;
        for (uint256 i = n - 1; i < tree.length; ++i) {
            if (tree[i] == leaf) index = i;
        }
        require(index != type(uint256).max, "MerkleBuilder: not a leaf");
        path = new bytes32[](256);
        uint256 length;
        while (index > 0) {
            path[length++] = tree[index % 2 == 1 ? index + 1 : index - 1];
            index = (index - 1) / 2;
        }
        assembly ("memory-safe") {
            mstore(path, length)
        }
    }
}
