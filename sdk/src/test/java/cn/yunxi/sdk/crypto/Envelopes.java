package cn.yunxi.sdk.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Seals and opens envelopes in memory for tests. */
final class Envelopes {
  private Envelopes() {}

  static byte[] seal(EnvelopeSealer sealer, byte[] plaintext, List<Recipient> recipients) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SealedEnvelope sealed = sealer.seal(new ByteArrayInputStream(plaintext), recipients, out);
    if (sealed.envelopeSize() != out.size()) {
      throw new AssertionError("envelopeSize " + sealed.envelopeSize() + " != " + out.size());
    }
    return out.toByteArray();
  }

  static EnvelopeSealer sealer(CipherSuite suite, int chunkSize, long seed) {
    return EnvelopeSealer.builder()
        .cipherSuite(suite)
        .chunkSize(chunkSize)
        .random(TestKeys.seeded(seed))
        .build();
  }

  /** The plaintext, or the exception's reason. */
  static byte[] open(byte[] envelope, DecryptionKey key) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EnvelopeOpener.open(new ByteArrayInputStream(envelope), key, out);
    return out.toByteArray();
  }
}
