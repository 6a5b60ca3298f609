package cn.yunxi.sdk.crypto;

import java.util.Objects;

/**
 * What sealing one envelope produced: the digests of the plaintext it read and the number of
 * envelope bytes it wrote.
 */
public record SealedEnvelope(ContentDigests content, long envelopeSize) {
  public SealedEnvelope {
    Objects.requireNonNull(content, "content");
    if (envelopeSize <= 0) {
      throw new IllegalArgumentException("envelopeSize <= 0: " + envelopeSize);
    }
  }
}
