package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.internal.proof.PackageVerifier;
import cn.yunxi.sdk.model.Address;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks an evidence package against the evidence file and a {@link TrustAnchor}: recomputes the
 * file's SHA-256 and SM3, every cryptographic link of the package, and whether the anchor vouches
 * for its block. Offline with a block-hash or validator-set anchor; online with {@link
 * #online(Address, CanonicalChain)}. Thread-safe.
 *
 * <p>Verdicts, first applicable wins: {@link Verdict#INVALID_PROOF} (a link broken), {@link
 * Verdict#MISMATCH} (the file is not the recorded content), then by the anchor: {@link
 * Verdict#VERIFIED}, {@link Verdict#NOT_FOUND} (the anchor does not know the block, chain or
 * registry), {@link Verdict#INVALID_PROOF} (commit seals do not reach a quorum of the validator
 * set), or {@link Verdict#UNANCHORED} without an anchor — never VERIFIED.
 */
public final class EvidenceVerifier {
  private final TrustAnchor anchor;

  private EvidenceVerifier(TrustAnchor anchor) {
    this.anchor = anchor;
  }

  public static EvidenceVerifier of(TrustAnchor anchor) {
    return new EvidenceVerifier(Objects.requireNonNull(anchor, "anchor"));
  }

  /** A verifier without an anchor: it answers at best {@link Verdict#UNANCHORED}. */
  public static EvidenceVerifier unanchored() {
    return of(TrustAnchor.none());
  }

  /** Online verification: the node is the anchor, {@code registry} the EvidenceRegistry trusted. */
  public static EvidenceVerifier online(Address registry, CanonicalChain node) {
    return of(TrustAnchor.canonicalChain(registry, node));
  }

  public TrustAnchor anchor() {
    return anchor;
  }

  /** Verifies {@code pkg} for the content in {@code file} (one pass, SM3 on its own thread). */
  public Verification verify(EvidencePackage pkg, Path file) {
    Objects.requireNonNull(pkg, "pkg");
    Objects.requireNonNull(file, "file");
    return PackageVerifier.verify(pkg.contents(), ContentDigests.of(file), anchor);
  }

  /** Verifies {@code pkg} for the content read from {@code content} to its end (not closed). */
  public Verification verify(EvidencePackage pkg, InputStream content) {
    Objects.requireNonNull(pkg, "pkg");
    Objects.requireNonNull(content, "content");
    return PackageVerifier.verify(pkg.contents(), ContentDigests.of(content), anchor);
  }

  /** Verifies {@code pkg} for {@code content}. */
  public Verification verify(EvidencePackage pkg, byte[] content) {
    Objects.requireNonNull(pkg, "pkg");
    Objects.requireNonNull(content, "content");
    return PackageVerifier.verify(pkg.contents(), ContentDigests.of(content), anchor);
  }
}
