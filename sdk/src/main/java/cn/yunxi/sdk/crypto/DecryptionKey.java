package cn.yunxi.sdk.crypto;

/**
 * A reader's private key, used only to recover an envelope's data key. Implement it to keep the key
 * in an HSM (or use {@link DecryptionKeys#ecies(byte[], EcdhAgreement)} / {@link
 * DecryptionKeys#sm2(byte[], Sm2Decryptor)}, which need only the HSM's ECDH or SM2 decryption);
 * {@link DecryptionKeys} makes in-memory keys.
 */
public interface DecryptionKey {
  /** The scheme this key unwraps. */
  KeyWrapScheme scheme();

  /** The public key as 65 bytes 04‖x‖y: selects this reader's entry in an envelope. */
  byte[] publicKey();

  /**
   * Recovers a data key from the wrapped-key bytes of this reader's recipient entry (their layout
   * per scheme is in {@code sdk/ENVELOPE.md}).
   *
   * @throws EnvelopeException with {@link EnvelopeException.Reason#TAMPERED} if they do not decrypt
   *     under this key; any other exception (an HSM that is down) passes through the opener as is
   */
  byte[] unwrap(byte[] wrappedKey);

  /** This key's public half as a recipient to seal for. */
  default Recipient recipient() {
    return Recipient.of(scheme(), publicKey());
  }
}
