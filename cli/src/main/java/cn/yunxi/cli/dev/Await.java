package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polls a condition until it holds or a deadline passes: how the dev commands wait for services.
 */
public final class Await {
  private static final long STEP_NANOS = Duration.ofMillis(100).toNanos();

  private Await() {}

  /**
   * Returns once {@code condition} holds; fails with {@code failure}'s text after {@code timeout},
   * or as soon as {@code gaveUp} holds (e.g. the awaited process died).
   */
  public static void until(
      Duration timeout,
      BooleanSupplier condition,
      BooleanSupplier gaveUp,
      Supplier<String> failure) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (gaveUp.getAsBoolean() || System.nanoTime() - deadline > 0) {
        throw new CliException(failure.get());
      }
      LockSupport.parkNanos(STEP_NANOS);
      if (Thread.interrupted()) {
        throw new CliException("interrupted");
      }
    }
  }
}
