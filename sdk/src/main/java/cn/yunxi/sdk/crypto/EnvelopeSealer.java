package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.internal.crypto.ChunkSink;
import cn.yunxi.sdk.internal.crypto.EnvelopeFormat;
import cn.yunxi.sdk.internal.crypto.SealPipeline;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;

/**
 * Encrypts content into a Yunxi envelope (format: {@code sdk/ENVELOPE.md}) in one streaming pass at
 * constant memory, computing the content's SHA-256 and SM3 on the way. Immutable and thread-safe;
 * each call uses a fresh random data key and base nonce.
 */
public final class EnvelopeSealer {
  /** The default chunk size: 1 MiB. */
  public static final int DEFAULT_CHUNK_SIZE = EnvelopeFormat.DEFAULT_CHUNK_SIZE;

  /** The smallest chunk size a header may declare. */
  public static final int MIN_CHUNK_SIZE = EnvelopeFormat.MIN_CHUNK_SIZE;

  /** The largest chunk size a header may declare (4 MiB), which bounds a reader's memory. */
  public static final int MAX_CHUNK_SIZE = EnvelopeFormat.MAX_CHUNK_SIZE;

  private final CipherSuite cipherSuite;
  private final int chunkSize;
  private final SecureRandom random;

  private EnvelopeSealer(Builder builder) {
    this.cipherSuite = builder.cipherSuite;
    this.chunkSize = builder.chunkSize;
    this.random = builder.random;
  }

  /** AES-256-GCM, 1 MiB chunks. */
  public static EnvelopeSealer create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public CipherSuite cipherSuite() {
    return cipherSuite;
  }

  public int chunkSize() {
    return chunkSize;
  }

  /**
   * Reads {@code plaintext} to its end (without closing it) and writes the envelope, readable by
   * each of {@code recipients}, to {@code envelope} (not closed either).
   *
   * @throws IllegalArgumentException if {@code recipients} is empty, has duplicates or more than
   *     1024 entries
   */
  public SealedEnvelope seal(
      InputStream plaintext, List<Recipient> recipients, OutputStream envelope) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(envelope, "envelope");
    return seal(plaintext, recipients, ChunkSink.of(envelope, "the envelope"));
  }

  SealedEnvelope seal(InputStream plaintext, List<Recipient> recipients, ChunkSink sink) {
    List<Recipient> readers = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    return new SealPipeline(cipherSuite, chunkSize, random).seal(plaintext, readers, sink);
  }

  /** Builds {@link EnvelopeSealer}s. */
  public static final class Builder {
    private CipherSuite cipherSuite = CipherSuite.AES_256_GCM;
    private int chunkSize = DEFAULT_CHUNK_SIZE;
    private SecureRandom random = new SecureRandom();

    private Builder() {}

    /** The content cipher; AES-256-GCM by default. */
    public Builder cipherSuite(CipherSuite cipherSuite) {
      this.cipherSuite = Objects.requireNonNull(cipherSuite, "cipherSuite");
      return this;
    }

    /** Plaintext bytes per chunk, 16 B to 4 MiB; 1 MiB by default. */
    public Builder chunkSize(int chunkSize) {
      if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
        throw new IllegalArgumentException(
            "chunkSize not in [" + MIN_CHUNK_SIZE + ", " + MAX_CHUNK_SIZE + "]: " + chunkSize);
      }
      this.chunkSize = chunkSize;
      return this;
    }

    /**
     * The source of data keys, nonces and ephemeral keys; a new {@link SecureRandom} by default.
     */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    public EnvelopeSealer build() {
      return new EnvelopeSealer(this);
    }
  }
}
