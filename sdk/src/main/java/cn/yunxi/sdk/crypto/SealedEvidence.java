package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.model.Bytes32;
import java.util.Objects;

/**
 * The result of evidence intake: what goes on chain (SHA-256 and SM3 of the plaintext, the blob
 * reference) and the sizes.
 *
 * @param sha256 SHA-256 of the plaintext
 * @param sm3 SM3 of the plaintext
 * @param plaintextSize bytes of plaintext read
 * @param blobRef the content address of the stored envelope (its SHA-256)
 * @param envelopeSize bytes of envelope stored
 * @param cipherSuite the content cipher used
 */
public record SealedEvidence(
    Bytes32 sha256,
    Bytes32 sm3,
    long plaintextSize,
    BlobRef blobRef,
    long envelopeSize,
    CipherSuite cipherSuite) {
  public SealedEvidence {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(sm3, "sm3");
    Objects.requireNonNull(blobRef, "blobRef");
    Objects.requireNonNull(cipherSuite, "cipherSuite");
    if (plaintextSize < 0) {
      throw new IllegalArgumentException("plaintextSize < 0: " + plaintextSize);
    }
  }

  /** The plaintext's digests and size, to compare with what {@link EvidenceIntake#open} returns. */
  public ContentDigests digests() {
    return new ContentDigests(sha256, sm3, plaintextSize);
  }
}
