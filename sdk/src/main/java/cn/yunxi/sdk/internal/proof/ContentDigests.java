package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SHA-256 and SM3 of a file's content, computed in one pass in constant memory. */
public record ContentDigests(Bytes32 sha256, Bytes32 sm3) {
  private static final int CHUNK = 1 << 20;

  public static ContentDigests of(byte[] content) {
    SM3Digest sm3 = new SM3Digest();
    sm3.update(content, 0, content.length);
    byte[] sm3Out = new byte[32];
    sm3.doFinal(sm3Out, 0);
    return new ContentDigests(Bytes32.of(newSha256().digest(content)), Bytes32.of(sm3Out));
  }

  /** Reads {@code in} to its end (it is not closed). */
  public static ContentDigests of(InputStream in) throws IOException {
    MessageDigest sha = newSha256();
    SM3Digest sm3 = new SM3Digest();
    byte[] buffer = new byte[CHUNK];
    int n;
    while ((n = in.read(buffer)) != -1) {
      sha.update(buffer, 0, n);
      sm3.update(buffer, 0, n);
    }
    byte[] sm3Out = new byte[32];
    sm3.doFinal(sm3Out, 0);
    return new ContentDigests(Bytes32.of(sha.digest()), Bytes32.of(sm3Out));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
