package cn.yunxi.sdk.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Deterministic keys and randomness for envelope tests, so that every failure reproduces. */
final class TestKeys {
  private TestKeys() {}

  /** An in-memory key whose private scalar is SHA-256 of {@code name} (valid on both curves). */
  static DecryptionKey key(KeyWrapScheme scheme, String name) {
    return DecryptionKeys.of(scheme, sha256(name));
  }

  static DecryptionKey secp256k1(String name) {
    return key(KeyWrapScheme.ECIES_SECP256K1, name);
  }

  static DecryptionKey sm2(String name) {
    return key(KeyWrapScheme.SM2, name);
  }

  /** A SecureRandom that yields the same bytes for the same seed. */
  static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] content(int size, long seed) {
    byte[] bytes = new byte[size];
    new java.util.Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static byte[] sha256(String name) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
