package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.internal.crypto.ChunkSink;
import cn.yunxi.sdk.internal.crypto.HeaderCodec;
import cn.yunxi.sdk.internal.crypto.OpenPipeline;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Decrypts Yunxi envelopes (format: {@code sdk/ENVELOPE.md}) in one streaming pass at constant
 * memory and recomputes the plaintext's digests, to compare with the chain record.
 *
 * <p>Plaintext is written chunk by chunk, each only after its tag verified; if the envelope turns
 * out to be truncated or tampered further on, what was written so far is authentic but incomplete,
 * and the caller must discard it (the exception says so).
 */
public final class EnvelopeOpener {
  private EnvelopeOpener() {}

  /**
   * Reads {@code envelope} to its end (not closed) and writes the plaintext to {@code plaintext}
   * (not closed).
   *
   * @return the SHA-256, SM3 and size of the plaintext written
   * @throws EnvelopeException with the reason it cannot be opened
   */
  public static ContentDigests open(
      InputStream envelope, DecryptionKey key, OutputStream plaintext) {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(plaintext, "plaintext");
    return OpenPipeline.open(envelope, key, ChunkSink.of(plaintext, "the plaintext"));
  }

  /**
   * Reads just the header at the start of {@code envelope}: no key needed, nothing authenticated
   * yet (the header is authenticated by the first chunk, under the data key).
   *
   * @throws EnvelopeException if the header cannot be parsed
   */
  public static EnvelopeHeader readHeader(InputStream envelope) {
    Objects.requireNonNull(envelope, "envelope");
    return HeaderCodec.read(envelope).toPublic();
  }
}
