package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.crypto.CipherSuite;

/**
 * One data key's AEAD, applied to one chunk at a time with its own nonce and AAD (one {@code
 * doFinal} per chunk: fast, and nothing is released before the tag is checked). Not thread-safe.
 */
public interface ChunkAead {
  /**
   * Encrypts {@code len} bytes of {@code in} into {@code out} at {@code outOff} as ciphertext ‖
   * 16-byte tag.
   */
  void seal(byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff);

  /**
   * Decrypts ciphertext ‖ tag ({@code len} bytes of {@code in}) into {@code out} at {@code outOff},
   * which must have room for {@code len} bytes (the plaintext is {@code len - 16}).
   *
   * @return false if the tag does not verify; {@code out} then holds no plaintext
   */
  boolean open(byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff);

  static ChunkAead of(CipherSuite suite, byte[] dataKey) {
    return switch (suite) {
      case AES_256_GCM -> new JceAesGcm(dataKey);
      case SM4_GCM -> new BcSm4Gcm(dataKey);
    };
  }
}
