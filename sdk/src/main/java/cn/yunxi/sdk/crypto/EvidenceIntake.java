package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.blob.BlobRef;
import cn.yunxi.sdk.blob.BlobStore;
import cn.yunxi.sdk.blob.BlobWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Evidence intake: in one streaming pass at constant memory, hashes the content (SHA-256 and SM3),
 * encrypts it into an envelope for the authorised readers and stores the envelope in a {@link
 * BlobStore} under its content address — and the reverse, which recomputes the digests so the
 * caller can compare them with the chain record. Immutable and thread-safe.
 */
public final class EvidenceIntake {
  private final BlobStore store;
  private final EnvelopeSealer sealer;

  private EvidenceIntake(BlobStore store, EnvelopeSealer sealer) {
    this.store = store;
    this.sealer = sealer;
  }

  /** Intake into {@code store} with the default sealer (AES-256-GCM, 1 MiB chunks). */
  public static EvidenceIntake create(BlobStore store) {
    return create(store, EnvelopeSealer.create());
  }

  /** Intake into {@code store} with {@code sealer}'s cipher suite and chunk size. */
  public static EvidenceIntake create(BlobStore store, EnvelopeSealer sealer) {
    return new EvidenceIntake(
        Objects.requireNonNull(store, "store"), Objects.requireNonNull(sealer, "sealer"));
  }

  public BlobStore store() {
    return store;
  }

  /** Seals a file. */
  public SealedEvidence seal(Path file, List<Recipient> recipients) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return seal(in, recipients);
    } catch (IOException e) {
      throw new YunxiException("reading " + file + " failed: " + e.getMessage(), e);
    }
  }

  /** Seals bytes. */
  public SealedEvidence seal(byte[] content, List<Recipient> recipients) {
    Objects.requireNonNull(content, "content");
    return seal(new ByteArrayInputStream(content), recipients);
  }

  /**
   * Seals everything {@code content} yields (read to its end, not closed). If anything fails, the
   * blob is not stored.
   */
  public SealedEvidence seal(InputStream content, List<Recipient> recipients) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(recipients, "recipients");
    try (BlobWriter writer = store.newWriter()) {
      SealedEnvelope sealed = sealer.seal(content, recipients, writer::write);
      BlobRef ref = writer.commit();
      ContentDigests digests = sealed.content();
      return new SealedEvidence(
          digests.sha256(),
          digests.sm3(),
          digests.size(),
          ref,
          sealed.envelopeSize(),
          sealer.cipherSuite());
    }
  }

  /**
   * Decrypts the stored envelope {@code ref} into {@code plaintext} (not closed).
   *
   * @return the SHA-256, SM3 and size of the plaintext written, recomputed
   * @throws cn.yunxi.sdk.blob.BlobNotFoundException if the store has no such blob
   * @throws EnvelopeException if it cannot be opened (not a recipient, tampered, truncated …)
   * @throws cn.yunxi.sdk.blob.BlobIntegrityException if the stored bytes are not the blob's
   */
  public ContentDigests open(BlobRef ref, DecryptionKey key, OutputStream plaintext) {
    Objects.requireNonNull(ref, "ref");
    try (InputStream envelope = store.open(ref)) {
      return EnvelopeOpener.open(envelope, key, plaintext);
    } catch (IOException e) {
      throw new YunxiException("closing blob " + ref + " failed: " + e.getMessage(), e);
    }
  }
}
