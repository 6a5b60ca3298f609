package cn.yunxi.sdk.crypto;

/**
 * SM2 decryption (GB/T 32918.4, SM3, ciphertext C1‖C3‖C2 with C1 uncompressed) by a private key
 * kept elsewhere, e.g. in an HSM. See {@link DecryptionKeys#sm2(byte[], Sm2Decryptor)}.
 */
@FunctionalInterface
public interface Sm2Decryptor {
  /**
   * The plaintext of a C1‖C3‖C2 ciphertext whose C1 is already checked to be on the curve.
   *
   * @throws EnvelopeException with {@link EnvelopeException.Reason#TAMPERED} if C3 does not match
   */
  byte[] decrypt(byte[] c1c3c2);
}
