package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.YunxiException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 of a chunk stream on its own thread. SM3 (~190 MB/s) is the slowest step of intake, so it
 * runs in parallel with SHA-256 and encryption; chunk buffers are handed over through a bounded
 * queue and go back to their {@link BufferPool} once hashed. A stream of one chunk is hashed
 * inline: no thread for small inputs.
 */
final class Sm3Lane implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService EXECUTOR =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "yunxi-sm3-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private static final byte[] END = new byte[0];

  private record Item(byte[] buffer, int length) {}

  private final SM3Digest digest = new SM3Digest();
  private final BufferPool pool;
  private final BlockingQueue<Item> queue;
  private Future<?> worker;
  private boolean finished;

  Sm3Lane(BufferPool pool) {
    this.pool = pool;
    this.queue = new ArrayBlockingQueue<>(pool.capacity() + 1);
  }

  /**
   * Hashes {@code length} bytes of {@code buffer} and then releases it to the pool; the caller must
   * not touch it afterwards.
   */
  void hash(byte[] buffer, int length, boolean last) {
    if (worker == null && last) {
      digest.update(buffer, 0, length);
      pool.release(buffer);
      return;
    }
    if (worker == null) {
      worker = EXECUTOR.submit(this::drain);
    }
    put(new Item(buffer, length));
  }

  /** The digest of everything hashed; call once, after the last chunk. */
  byte[] finish() {
    finished = true;
    if (worker != null) {
      put(new Item(END, 0));
      try {
        worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        worker.cancel(true);
        throw new YunxiException("interrupted while waiting for SM3", e);
      } catch (ExecutionException e) {
        throw new YunxiException("SM3 failed: " + e.getCause(), e.getCause());
      }
    }
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  /** Stops the worker if the stream was abandoned before {@link #finish()}. */
  @Override
  public void close() {
    if (!finished && worker != null) {
      worker.cancel(true);
    }
  }

  private Void drain() throws InterruptedException {
    while (true) {
      Item item = queue.take();
      if (item.buffer() == END) {
        return null;
      }
      digest.update(item.buffer(), 0, item.length());
      pool.release(item.buffer());
    }
  }

  private void put(Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.cancel(true);
      throw new YunxiException("interrupted while handing a chunk to SM3", e);
    }
  }
}
