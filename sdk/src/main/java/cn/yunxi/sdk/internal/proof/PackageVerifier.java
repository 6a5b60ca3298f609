package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.proof.CanonicalChain;
import cn.yunxi.sdk.proof.HeaderHashScheme;
import cn.yunxi.sdk.proof.PackagedItem;
import cn.yunxi.sdk.proof.TrustAnchor;
import cn.yunxi.sdk.proof.Verdict;
import cn.yunxi.sdk.proof.Verification;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The verification itself, in the order that makes each verdict mean one thing: first the links
 * inside the package (INVALID_PROOF), then the file against the recorded digests (MISMATCH), then
 * the trust anchor (VERIFIED, NOT_FOUND — or INVALID_PROOF for commit seals that do not hold — or
 * UNANCHORED without one).
 */
public final class PackageVerifier {
  private PackageVerifier() {}

  public static Verification verify(PackageContents p, ContentDigests file, TrustAnchor anchor) {
    Optional<String> broken = PackageChecks.firstBrokenLink(p);
    if (broken.isPresent()) {
      return new Verification(Verdict.INVALID_PROOF, broken.get());
    }
    PackagedItem item = p.item();
    if (!item.contentSha256().equals(file.sha256())) {
      return new Verification(
          Verdict.MISMATCH,
          "the file's SHA-256 " + file.sha256() + " is not the recorded " + item.contentSha256());
    }
    if (!item.contentSm3().equals(file.sm3())) {
      return new Verification(
          Verdict.MISMATCH,
          "the file's SM3 " + file.sm3() + " is not the recorded " + item.contentSm3());
    }
    String what =
        (item instanceof PackagedItem.Deposit ? "the record" : "the batch item")
            + " is in block "
            + p.header().number()
            + " ("
            + p.blockHash()
            + ") of chain "
            + p.chainId();
    return switch (anchor.kind()) {
      case NONE ->
          new Verification(
              Verdict.UNANCHORED,
              "internally consistent, origin unproven: "
                  + what
                  + " by the package's own account, and no trust anchor vouches for that block");
      case BLOCK_HASHES -> byBlockHashes(p, anchor, what);
      case VALIDATORS -> byValidators(p, anchor, what);
      case CANONICAL_CHAIN -> byCanonicalChain(p, anchor, what);
    };
  }

  private static Optional<Verification> chainAndRegistry(
      PackageContents p, long chainId, Address registry) {
    if (p.chainId() != chainId) {
      return Optional.of(
          new Verification(
              Verdict.NOT_FOUND,
              "the package is for chain " + p.chainId() + ", the anchor for chain " + chainId));
    }
    if (!p.registry().equals(registry)) {
      return Optional.of(
          new Verification(
              Verdict.NOT_FOUND,
              "the package's registry "
                  + p.registry()
                  + " is not the anchor's EvidenceRegistry "
                  + registry));
    }
    return Optional.empty();
  }

  private static Verification byBlockHashes(PackageContents p, TrustAnchor anchor, String what) {
    Optional<Verification> wrongPlace =
        chainAndRegistry(p, anchor.chainId(), anchor.registry().orElseThrow());
    if (wrongPlace.isPresent()) {
      return wrongPlace.get();
    }
    if (!anchor.blockHashes().contains(p.blockHash())) {
      return new Verification(
          Verdict.NOT_FOUND, "the trust anchor does not know block " + p.blockHash());
    }
    return new Verification(Verdict.VERIFIED, what + ", a block the trust anchor knows");
  }

  private static Verification byValidators(PackageContents p, TrustAnchor anchor, String what) {
    Optional<Verification> wrongPlace =
        chainAndRegistry(p, anchor.chainId(), anchor.registry().orElseThrow());
    if (wrongPlace.isPresent()) {
      return wrongPlace.get();
    }
    if (p.hashScheme() != HeaderHashScheme.BESU_QBFT) {
      return new Verification(
          Verdict.INVALID_PROOF,
          "the header is not a QBFT header: it carries no commit seals to check against validators");
    }
    List<Address> committers;
    try {
      committers = HeaderHashing.committers(p.header());
    } catch (ProofException e) {
      return new Verification(Verdict.INVALID_PROOF, e.getMessage());
    }
    Set<Address> distinct = new HashSet<>();
    for (Address committer : committers) {
      if (!anchor.validators().contains(committer)) {
        return new Verification(
            Verdict.INVALID_PROOF,
            "commit seal by " + committer + ", who is not in the anchor's validator set");
      }
      if (!distinct.add(committer)) {
        return new Verification(
            Verdict.INVALID_PROOF, "two commit seals by the same validator " + committer);
      }
    }
    int n = anchor.validators().size();
    int quorum = HeaderHashing.quorum(n);
    if (distinct.size() < quorum) {
      return new Verification(
          Verdict.INVALID_PROOF,
          "the block is sealed by "
              + distinct.size()
              + " of "
              + n
              + " validators; a quorum is "
              + quorum);
    }
    return new Verification(
        Verdict.VERIFIED,
        what
            + ", sealed by "
            + distinct.size()
            + " of "
            + n
            + " validators (quorum "
            + quorum
            + ")");
  }

  private static Verification byCanonicalChain(PackageContents p, TrustAnchor anchor, String what) {
    CanonicalChain node = anchor.canonicalChain().orElseThrow();
    Optional<Verification> wrongPlace =
        chainAndRegistry(p, node.chainId(), anchor.registry().orElseThrow());
    if (wrongPlace.isPresent()) {
      return wrongPlace.get();
    }
    long number = p.header().number();
    Optional<Bytes32> canonical = node.blockHash(number);
    if (canonical.isEmpty()) {
      return new Verification(
          Verdict.NOT_FOUND, "the node has no block " + number + " on its canonical chain");
    }
    if (!canonical.get().equals(p.blockHash())) {
      return new Verification(
          Verdict.NOT_FOUND,
          "block "
              + p.blockHash()
              + " is not on the node's canonical chain (block "
              + number
              + " there is "
              + canonical.get()
              + ")");
    }
    return new Verification(Verdict.VERIFIED, what + ", on the node's canonical chain");
  }
}
