package cn.yunxi.sdk.internal.crypto;

import java.io.InputStream;

/**
 * Cuts a stream into full chunks from a {@link BufferPool}, reading one chunk ahead so that it
 * knows which chunk is the last (the envelope marks it) without knowing the stream's length.
 */
final class ChunkReader {
  private final InputStream in;
  private final BufferPool pool;
  private final int chunkSize;
  private byte[] pending;
  private int pendingLength;
  private boolean done;

  private byte[] buffer;
  private int length;
  private boolean last;

  ChunkReader(InputStream in, BufferPool pool, int chunkSize) {
    this.in = in;
    this.pool = pool;
    this.chunkSize = chunkSize;
  }

  /**
   * Moves to the next chunk; false once the last one was returned. An empty stream yields one empty
   * last chunk. The chunk's buffer now belongs to the caller.
   */
  boolean next() {
    if (done) {
      return false;
    }
    if (pending == null) {
      buffer = pool.take();
      length = StreamIo.readFully(in, buffer, 0, chunkSize, "the content");
    } else {
      buffer = pending;
      length = pendingLength;
      pending = null;
    }
    if (length < chunkSize) {
      last = true;
    } else {
      byte[] ahead = pool.take();
      int aheadLength = StreamIo.readFully(in, ahead, 0, chunkSize, "the content");
      if (aheadLength == 0) {
        pool.release(ahead);
        last = true;
      } else {
        pending = ahead;
        pendingLength = aheadLength;
        last = false;
      }
    }
    done = last;
    return true;
  }

  byte[] buffer() {
    return buffer;
  }

  int length() {
    return length;
  }

  boolean last() {
    return last;
  }
}
