package cn.yunxi.sdk.proof;

/** What an {@link EvidenceVerifier} concludes about a file and its evidence package. */
public enum Verdict {
  /**
   * Every link holds — the file's digests, the record or batch item, the event in the receipt, the
   * receipt in the block, the block header — and the trust anchor vouches for the block.
   */
  VERIFIED,
  /**
   * Every link holds, but no trust anchor was given: the package is internally consistent, its
   * origin unproven. Never treated as verified.
   */
  UNANCHORED,
  /**
   * The links hold, but the trust anchor does not know the package's block (or its chain or
   * registry): the package does not point to a record the anchor can vouch for.
   */
  NOT_FOUND,
  /** The package is sound, but the file's SHA-256 or SM3 differs from the recorded digests. */
  MISMATCH,
  /**
   * A cryptographic link is broken: a Merkle proof, the receipt proof, the header hash, the event
   * versus the record, or the commit seals versus the validator set.
   */
  INVALID_PROOF
}
