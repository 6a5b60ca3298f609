package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.YunxiException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A bounded set of equal-sized chunk buffers, allocated on first need and then recycled: what keeps
 * intake at constant memory whatever the file size. One owner thread takes; any thread releases.
 */
final class BufferPool {
  /** Buffers in flight stay within about this many bytes (but at least {@link #MIN_BUFFERS}). */
  private static final int BUDGET_BYTES = 6 << 20;

  /** The reader holds the current chunk and the look-ahead one; the SM3 lane needs one more. */
  private static final int MIN_BUFFERS = 3;

  /** SM3 is the bottleneck, so the hand-off queue is full anyway; more depth only smooths I/O. */
  private static final int MAX_BUFFERS = 6;

  private final int bufferSize;
  private final int capacity;
  private final BlockingQueue<byte[]> free;
  private int allocated;

  BufferPool(int bufferSize) {
    this.bufferSize = bufferSize;
    this.capacity = Math.max(MIN_BUFFERS, Math.min(MAX_BUFFERS, BUDGET_BYTES / bufferSize));
    this.free = new ArrayBlockingQueue<>(capacity);
  }

  int capacity() {
    return capacity;
  }

  /** A free buffer; waits while all of them are in use. */
  byte[] take() {
    byte[] buffer = free.poll();
    if (buffer != null) {
      return buffer;
    }
    if (allocated < capacity) {
      allocated++;
      return new byte[bufferSize];
    }
    try {
      return free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new YunxiException("interrupted while waiting for a chunk buffer", e);
    }
  }

  void release(byte[] buffer) {
    if (!free.offer(buffer)) {
      throw new IllegalStateException("a buffer was released twice");
    }
  }
}
