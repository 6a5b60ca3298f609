/**
 * Provenance proofs for evidence: the versioned evidence package (format in sdk/PACKAGE.md), its
 * exporter, the offline (or online) {@link cn.yunxi.sdk.proof.EvidenceVerifier} with its {@link
 * cn.yunxi.sdk.proof.TrustAnchor}s, and OpenZeppelin's {@link
 * cn.yunxi.sdk.proof.StandardMerkleTree} for batches.
 */
package cn.yunxi.sdk.proof;
