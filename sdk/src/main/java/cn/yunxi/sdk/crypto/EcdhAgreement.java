package cn.yunxi.sdk.crypto;

/**
 * The one private-key operation ECIES unwrapping needs — ECDH on secp256k1 — so that an HSM can do
 * it while the SDK does the rest (HKDF, AES-GCM). See {@link DecryptionKeys#ecies}.
 */
@FunctionalInterface
public interface EcdhAgreement {
  /**
   * The x-coordinate (32 bytes, big-endian) of d·E, where d is the private key and E the given
   * ephemeral public key (65 bytes 04‖x‖y, already checked to be on the curve).
   */
  byte[] sharedSecret(byte[] ephemeralPublicKey);
}
