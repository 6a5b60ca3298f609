package cn.yunxi.sdk.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * The outcome of opening possibly damaged bytes: the reason it was refused (null if it opened) and
 * the plaintext released before that. Any exception other than {@link EnvelopeException} escapes.
 */
record Attempt(EnvelopeException.Reason reason, byte[] released) {
  static Attempt open(byte[] envelope, DecryptionKey key) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      EnvelopeOpener.open(new ByteArrayInputStream(envelope), key, out);
      return new Attempt(null, out.toByteArray());
    } catch (EnvelopeException e) {
      return new Attempt(e.reason(), out.toByteArray());
    }
  }
}
