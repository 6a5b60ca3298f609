package cn.yunxi.sdk.blob;

import java.io.Closeable;

/**
 * A blob being written: stream the bytes in, then {@link #commit()} to make it visible under its
 * content address, or {@link #abort()}. Until committed nothing is visible to readers; a writer
 * closed without commit is aborted. Not thread-safe.
 */
public interface BlobWriter extends Closeable {
  /**
   * Appends bytes.
   *
   * @throws IllegalStateException after commit or abort
   * @throws BlobStoreException if the store cannot take them
   */
  void write(byte[] bytes, int offset, int length);

  default void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  /** Bytes written so far. */
  long size();

  /**
   * Makes the blob durable and visible under its reference, the SHA-256 of the bytes written.
   * Committing content the store already holds is a no-op that returns the same reference.
   *
   * @throws IllegalStateException if already committed or aborted
   * @throws BlobStoreException if the store cannot persist it
   */
  BlobRef commit();

  /** Discards what was written; idempotent, and a no-op after commit. */
  void abort();

  /** Aborts unless committed. Idempotent. */
  @Override
  void close();
}
