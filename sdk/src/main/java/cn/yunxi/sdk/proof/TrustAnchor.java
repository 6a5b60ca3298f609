package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a verifier trusts about the chain, obtained from a source other than the package: the
 * consortium's validator set, block hashes from a trusted source, or a node's canonical chain —
 * each with the EvidenceRegistry address (and chain id) it vouches for, since anyone who can send a
 * transaction could deploy a look-alike registry. {@link #none()} trusts nothing: a verifier with
 * it answers at best {@link Verdict#UNANCHORED}.
 */
public final class TrustAnchor {
  /** The kinds of anchor. */
  public enum Kind {
    NONE,
    BLOCK_HASHES,
    VALIDATORS,
    CANONICAL_CHAIN
  }

  private static final TrustAnchor NONE =
      new TrustAnchor(Kind.NONE, 0, null, Set.of(), Set.of(), null);

  private final Kind kind;
  private final long chainId;
  private final Address registry;
  private final Set<Bytes32> blockHashes;
  private final Set<Address> validators;
  private final CanonicalChain canonicalChain;

  private TrustAnchor(
      Kind kind,
      long chainId,
      Address registry,
      Set<Bytes32> blockHashes,
      Set<Address> validators,
      CanonicalChain canonicalChain) {
    this.kind = kind;
    this.chainId = chainId;
    this.registry = registry;
    this.blockHashes = blockHashes;
    this.validators = validators;
    this.canonicalChain = canonicalChain;
  }

  /** No anchor: packages verify at best as {@link Verdict#UNANCHORED}. */
  public static TrustAnchor none() {
    return NONE;
  }

  /** Block hashes published by a trusted source (e.g. the consortium's notarised checkpoints). */
  public static TrustAnchor blockHashes(
      long chainId, Address registry, Collection<Bytes32> blockHashes) {
    requirePositive(chainId);
    Objects.requireNonNull(registry, "registry");
    Set<Bytes32> hashes = Set.copyOf(Objects.requireNonNull(blockHashes, "blockHashes"));
    return new TrustAnchor(Kind.BLOCK_HASHES, chainId, registry, hashes, Set.of(), null);
  }

  /**
   * The QBFT validator set of the blocks to be verified: a block is vouched for when at least
   * {@code ceil(2n/3)} of these {@code n} validators sealed it (Besu's quorum), and no seal is by
   * anyone else.
   */
  public static TrustAnchor validators(
      long chainId, Address registry, Collection<Address> validators) {
    requirePositive(chainId);
    Objects.requireNonNull(registry, "registry");
    Set<Address> set = Set.copyOf(Objects.requireNonNull(validators, "validators"));
    if (set.isEmpty()) {
      throw new IllegalArgumentException("validators is empty");
    }
    return new TrustAnchor(Kind.VALIDATORS, chainId, registry, Set.of(), set, null);
  }

  /**
   * A node's view of the chain: a block is vouched for when the node's canonical block at its
   * height has its hash. The chain id is the node's.
   */
  public static TrustAnchor canonicalChain(Address registry, CanonicalChain node) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(node, "node");
    return new TrustAnchor(Kind.CANONICAL_CHAIN, 0, registry, Set.of(), Set.of(), node);
  }

  private static void requirePositive(long chainId) {
    if (chainId <= 0) {
      throw new IllegalArgumentException("chainId <= 0: " + chainId);
    }
  }

  public Kind kind() {
    return kind;
  }

  /** The chain id vouched for; 0 for {@link Kind#NONE} and {@link Kind#CANONICAL_CHAIN}. */
  public long chainId() {
    return chainId;
  }

  /** The EvidenceRegistry vouched for; empty for {@link Kind#NONE}. */
  public Optional<Address> registry() {
    return Optional.ofNullable(registry);
  }

  /** The trusted block hashes ({@link Kind#BLOCK_HASHES}); else empty. */
  public Set<Bytes32> blockHashes() {
    return blockHashes;
  }

  /** The validator set ({@link Kind#VALIDATORS}); else empty. */
  public Set<Address> validators() {
    return validators;
  }

  /** The node ({@link Kind#CANONICAL_CHAIN}); else empty. */
  public Optional<CanonicalChain> canonicalChain() {
    return Optional.ofNullable(canonicalChain);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "TrustAnchor[none]";
      case BLOCK_HASHES ->
          "TrustAnchor[" + blockHashes.size() + " block hashes, chain " + chainId + "]";
      case VALIDATORS -> "TrustAnchor[" + validators.size() + " validators, chain " + chainId + "]";
      case CANONICAL_CHAIN -> "TrustAnchor[canonical chain of " + canonicalChain + "]";
    };
  }
}
