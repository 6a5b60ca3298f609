package cn.yunxi.sdk.blob;

import cn.yunxi.sdk.YunxiException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Content-addressed storage of immutable blobs (encrypted evidence envelopes, batch manifests). A
 * blob's reference is the SHA-256 of its bytes, so a store cannot serve the wrong content
 * undetected: {@link #open} checks it as the bytes are read. {@link LocalBlobStore} is the default;
 * S3-compatible stores implement the same contract (write to a staging object, then commit under
 * the content address; verify with {@link BlobIntegrity#verifying}). Implementations are
 * thread-safe.
 */
public interface BlobStore {
  /** A writer to stream a new blob into. */
  BlobWriter newWriter();

  /**
   * The blob's bytes. The stream verifies their SHA-256 as it is read and throws {@link
   * BlobIntegrityException} at the latest when it reaches the end, if they do not match.
   *
   * @throws BlobNotFoundException if the store has no such blob
   */
  InputStream open(BlobRef ref);

  boolean contains(BlobRef ref);

  /**
   * The blob's size in bytes.
   *
   * @throws BlobNotFoundException if the store has no such blob
   */
  long size(BlobRef ref);

  /** Stores {@code content} and returns its reference. */
  default BlobRef put(byte[] content) {
    try (BlobWriter writer = newWriter()) {
      writer.write(content, 0, content.length);
      return writer.commit();
    }
  }

  /** Stores everything {@code content} yields (read to its end, not closed). */
  default BlobRef put(InputStream content) {
    try (BlobWriter writer = newWriter()) {
      byte[] buffer = new byte[64 << 10];
      for (int n; (n = content.read(buffer)) >= 0; ) {
        writer.write(buffer, 0, n);
      }
      return writer.commit();
    } catch (IOException e) {
      throw new YunxiException("reading the content to store failed: " + e.getMessage(), e);
    }
  }
}
