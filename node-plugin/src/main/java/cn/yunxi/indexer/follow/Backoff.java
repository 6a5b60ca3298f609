package cn.yunxi.indexer.follow;

import java.time.Duration;

/** Capped exponential delays between retries: initial, twice that, … up to max. Not thread-safe. */
final class Backoff {
  private final long initialNanos;
  private final long maxNanos;
  private long nextNanos;

  Backoff(Duration initial, Duration max) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
    }
    this.initialNanos = initial.toNanos();
    this.maxNanos = max.toNanos();
    this.nextNanos = initialNanos;
  }

  /** The delay before the next retry; each call doubles the following one, up to the cap. */
  Duration next() {
    long delay = nextNanos;
    nextNanos = Math.min(maxNanos, delay > maxNanos / 2 ? maxNanos : delay * 2);
    return Duration.ofNanos(delay);
  }

  /** Back to the initial delay, after a success. */
  void reset() {
    nextNanos = initialNanos;
  }
}
