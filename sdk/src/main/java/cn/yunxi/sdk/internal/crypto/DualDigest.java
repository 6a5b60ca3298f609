package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** SHA-256 and SM3 of a stream in one pass, SM3 on its own thread (as intake computes them). */
public final class DualDigest {
  private DualDigest() {}

  public static ContentDigests of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    } catch (IOException e) {
      throw new YunxiException("reading " + file + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Digests of bytes already in memory, on the calling thread: for small items a second thread and
   * a pooled 1 MiB buffer would cost far more than they save.
   */
  public static ContentDigests ofBytes(byte[] content) {
    if (content.length > EnvelopeFormat.DEFAULT_CHUNK_SIZE) {
      return of(new java.io.ByteArrayInputStream(content));
    }
    MessageDigest sha256 = Sha256.newDigest();
    org.bouncycastle.crypto.digests.SM3Digest sm3 = new org.bouncycastle.crypto.digests.SM3Digest();
    sm3.update(content, 0, content.length);
    byte[] sm3Out = new byte[32];
    sm3.doFinal(sm3Out, 0);
    return new ContentDigests(
        Bytes32.of(sha256.digest(content)), Bytes32.of(sm3Out), content.length);
  }

  public static ContentDigests of(InputStream in) {
    int chunkSize = EnvelopeFormat.DEFAULT_CHUNK_SIZE;
    BufferPool pool = new BufferPool(chunkSize);
    MessageDigest sha256 = Sha256.newDigest();
    long size = 0;
    try (Sm3Lane sm3 = new Sm3Lane(pool)) {
      ChunkReader chunks = new ChunkReader(in, pool, chunkSize);
      while (chunks.next()) {
        sha256.update(chunks.buffer(), 0, chunks.length());
        size += chunks.length();
        sm3.hash(chunks.buffer(), chunks.length(), chunks.last());
      }
      return new ContentDigests(Bytes32.of(sha256.digest()), Bytes32.of(sm3.finish()), size);
    }
  }
}
