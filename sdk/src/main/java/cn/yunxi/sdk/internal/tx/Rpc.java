package cn.yunxi.sdk.internal.tx;

import cn.yunxi.sdk.tx.ChainUnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;

/**
 * Sends JSON-RPC requests and rides out a node that is briefly away (restart, network blip):
 * transport failures are retried with growing pauses until {@code patience} runs out, then {@link
 * ChainUnavailableException}. JSON-RPC errors are answers, not failures: the caller reads them.
 */
public final class Rpc {
  private static final long FIRST_PAUSE_NANOS = Duration.ofMillis(50).toNanos();
  private static final long LONGEST_PAUSE_NANOS = Duration.ofSeconds(1).toNanos();

  private final Duration patience;

  public Rpc(Duration patience) {
    this.patience = patience;
  }

  public <R extends Response<?>> R send(Request<?, R> request) {
    return call(request.getMethod(), request::send);
  }

  /** A call that may fail in transport (a wrapper's {@code send()}). */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws Exception;
  }

  /**
   * Runs {@code call} (e.g. a contract view through a wrapper) with the same patience for transport
   * failures; any other failure becomes a {@link cn.yunxi.sdk.YunxiException} naming {@code what}.
   */
  public <T> T call(String what, Call<T> call) {
    long deadline = System.nanoTime() + patience.toNanos();
    long pause = FIRST_PAUSE_NANOS;
    while (true) {
      try {
        return call.run();
      } catch (IOException e) {
        if (System.nanoTime() + pause > deadline) {
          throw new ChainUnavailableException(
              "node unreachable for " + patience.toSeconds() + " s (" + what + ")", e);
        }
        LockSupport.parkNanos(pause);
        if (Thread.currentThread().isInterrupted()) {
          throw new ChainUnavailableException("interrupted while waiting for the node", e);
        }
        pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new cn.yunxi.sdk.YunxiException(what + " failed: " + e.getMessage(), e);
      }
    }
  }

  public Duration patience() {
    return patience;
  }
}
