// Builds an OpenZeppelin StandardMerkleTree (npm @openzeppelin/merkle-tree) with the Yunxi batch
// leaf schema — an oracle nobody here wrote. Input on stdin: a JSON array of leaves, each
// [caseId, contentSha256, contentSm3, kind, blobRef, metadataHash] as hex strings and a number.
// Output on stdout: {"root": "0x…", "leafHashes": ["0x…", …], "proofs": [["0x…", …], …]}, in
// input order.
'use strict';
const fs = require('fs');
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');

const SCHEMA = ['bytes32', 'bytes32', 'bytes32', 'uint8', 'bytes32', 'bytes32'];
const leaves = JSON.parse(fs.readFileSync(0, 'utf8'));
const tree = StandardMerkleTree.of(leaves, SCHEMA);
const proofs = leaves.map((_, i) => tree.getProof(i));
const leafHashes = leaves.map((leaf) => tree.leafHash(leaf));
process.stdout.write(JSON.stringify({ root: tree.root, leafHashes, proofs }));
