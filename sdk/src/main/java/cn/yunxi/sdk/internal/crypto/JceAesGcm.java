package cn.yunxi.sdk.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM through the JDK, one tag per chunk.
 *
 * <p>Speed depends on the JIT. The JDK's fast GCM path (AES-NI + carry-less multiply, ~6 GB/s here)
 * is used only once C2 has compiled the methods around it, which takes some thousands of calls of
 * at least {@link #SLICE} bytes; until then GCM runs at ~90 MB/s. With one call per megabyte chunk
 * that is most of a gigabyte (measured on JDK 17 and 25). So each chunk is fed in {@link
 * #SLICE}-byte {@code update}s: warm after ~50 MB, still ~6 GB/s warm.
 *
 * <p>JDK decryption cannot be fed that way (it buffers everything until {@code doFinal}) and stays
 * at ~100 MB/s for gigabytes. So a chunk is opened with two encryptions, which is exactly GCM
 * authenticated decryption (NIST SP 800-38D §7.2): GCM's keystream does not depend on the data, so
 * encrypting the ciphertext C yields the plaintext P (the tag computed alongside, over the wrong
 * bytes, is discarded); encrypting P again yields C once more with the tag GCM defines for (AAD, C)
 * — the chunk is authentic if and only if that tag equals the stored one (compared in constant
 * time). P is released only after that.
 */
final class JceAesGcm implements ChunkAead {
  /** The JDK's {@code GaloisCounterMode.PARALLEL_LEN}: shorter calls never reach the fast path. */
  static final int SLICE = 7680;

  private static final int TAG = 16;

  private final SecretKeySpec key;
  private final Cipher sealer = newCipher();

  /** Pass 1 of opening; pass 2 needs its own instance, as the JDK refuses to reuse a nonce. */
  private Cipher keystream;

  private Cipher check;
  private byte[] lastOpenNonce = new byte[0];
  private byte[] recomputed = new byte[0];

  JceAesGcm(byte[] dataKey) {
    if (dataKey.length != 32) {
      throw new IllegalArgumentException("AES-256 key is " + dataKey.length + " bytes, not 32");
    }
    this.key = new SecretKeySpec(dataKey, "AES");
  }

  @Override
  public void seal(
      byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff) {
    encrypt(sealer, nonce, aad, in, inOff, len, out, outOff);
  }

  @Override
  public boolean open(
      byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff) {
    int length = len - TAG;
    if (length < 0) {
      return false;
    }
    if (in == out) {
      // Pass 1 writes a tag after the plaintext: in place, it would overwrite the stored tag.
      throw new IllegalArgumentException("open needs separate input and output buffers");
    }
    if (out.length - outOff < len) {
      throw new IllegalArgumentException("open needs room for " + len + " bytes of output");
    }
    // The JDK refuses to encrypt twice in a row under one nonce — a guard for sealing. Opening the
    // same chunk twice is harmless (nothing but verified plaintext leaves), so take new instances.
    if (keystream == null || Arrays.equals(nonce, lastOpenNonce)) {
      keystream = newCipher();
      check = newCipher();
    }
    lastOpenNonce = nonce.clone();
    if (recomputed.length < len) {
      recomputed = new byte[len];
    }
    encrypt(keystream, nonce, aad, in, inOff, length, out, outOff);
    encrypt(check, nonce, aad, out, outOff, length, recomputed, 0);
    boolean authentic =
        MessageDigest.isEqual(
            Arrays.copyOfRange(recomputed, length, len),
            Arrays.copyOfRange(in, inOff + length, inOff + len));
    // The pass-1 tag after the plaintext is meaningless; and a forgery's plaintext must not stay.
    Arrays.fill(out, outOff + (authentic ? length : 0), outOff + len, (byte) 0);
    return authentic;
  }

  /** GCM encryption of {@code len} bytes into ciphertext ‖ tag, in {@link #SLICE}-byte steps. */
  private void encrypt(
      Cipher cipher,
      byte[] nonce,
      byte[] aad,
      byte[] in,
      int inOff,
      int len,
      byte[] out,
      int outOff) {
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(aad);
      int done = 0;
      int written = 0;
      while (len - done > SLICE) {
        written += cipher.update(in, inOff + done, SLICE, out, outOff + written);
        done += SLICE;
      }
      cipher.doFinal(in, inOff + done, len - done, out, outOff + written);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM failed", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no AES/GCM/NoPadding", e);
    }
  }
}
