package cn.yunxi.sdk.crypto;

import cn.yunxi.sdk.internal.crypto.Curves;
import cn.yunxi.sdk.internal.crypto.EciesDecryptionKey;
import cn.yunxi.sdk.internal.crypto.Sm2DecryptionKey;
import java.security.SecureRandom;
import java.util.Objects;

/** Factories for {@link DecryptionKey}s: in-memory private keys, or HSM operations. */
public final class DecryptionKeys {
  private DecryptionKeys() {}

  /** An in-memory key of this scheme from its 32-byte big-endian private scalar. */
  public static DecryptionKey of(KeyWrapScheme scheme, byte[] privateKey) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(privateKey, "privateKey");
    return switch (scheme) {
      case ECIES_SECP256K1 -> EciesDecryptionKey.inMemory(privateKey);
      case SM2 -> Sm2DecryptionKey.inMemory(privateKey);
    };
  }

  /** An in-memory secp256k1 key (ECIES) from its 32-byte private scalar. */
  public static DecryptionKey secp256k1(byte[] privateKey) {
    return of(KeyWrapScheme.ECIES_SECP256K1, privateKey);
  }

  /** An in-memory SM2 key from its 32-byte private scalar. */
  public static DecryptionKey sm2(byte[] privateKey) {
    return of(KeyWrapScheme.SM2, privateKey);
  }

  /** A secp256k1 key whose ECDH is done by {@code agreement} (e.g. an HSM). */
  public static DecryptionKey ecies(byte[] publicKey, EcdhAgreement agreement) {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(agreement, "agreement");
    return new EciesDecryptionKey(
        Curves.decodePublicKey(KeyWrapScheme.ECIES_SECP256K1, publicKey), agreement);
  }

  /** An SM2 key whose decryption is done by {@code decryptor} (e.g. an HSM). */
  public static DecryptionKey sm2(byte[] publicKey, Sm2Decryptor decryptor) {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(decryptor, "decryptor");
    return new Sm2DecryptionKey(Curves.decodePublicKey(KeyWrapScheme.SM2, publicKey), decryptor);
  }

  /** A fresh random private scalar (32 bytes, big-endian) for this scheme's curve. */
  public static byte[] generatePrivateKey(KeyWrapScheme scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return Curves.randomPrivateKey(scheme, new SecureRandom());
  }
}
