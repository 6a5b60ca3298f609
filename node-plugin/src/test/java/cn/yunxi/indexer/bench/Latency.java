package cn.yunxi.indexer.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds; percentiles in milliseconds (nearest rank). */
final class Latency {
  /** One timed operation; {@code i} is the sample's number. */
  @FunctionalInterface
  interface Op {
    void run(int i) throws Exception;
  }

  /** One operation that measures itself: answers the nanoseconds that count. */
  @FunctionalInterface
  interface TimedOp {
    long run(int i) throws Exception;
  }

  private final String label;
  private final long[] nanos;
  private int n;

  Latency(String label, int capacity) {
    this.label = label;
    this.nanos = new long[capacity];
  }

  /** {@code warmUp} untimed runs, then {@code samples} timed ones, one at a time. */
  static Latency measure(String label, int warmUp, int samples, Op op) throws Exception {
    for (int i = 0; i < warmUp; i++) {
      op.run(samples + i);
    }
    Latency l = new Latency(label, samples);
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      op.run(i);
      l.add(System.nanoTime() - start);
    }
    return l;
  }

  /** Like {@link #measure}, for operations that time only part of what they do. */
  static Latency collect(String label, int warmUp, int samples, TimedOp op) throws Exception {
    for (int i = 0; i < warmUp; i++) {
      op.run(samples + i);
    }
    Latency l = new Latency(label, samples);
    for (int i = 0; i < samples; i++) {
      l.add(op.run(i));
    }
    return l;
  }

  void add(long sampleNanos) {
    nanos[n++] = sampleNanos;
  }

  double percentileMs(double p) {
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * n);
    return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
  }

  double p99() {
    return percentileMs(99);
  }

  /** A stderr line: count, p50, p90, p99, max. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "  %s: %d samples, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
        label,
        n,
        percentileMs(50),
        percentileMs(90),
        percentileMs(99),
        percentileMs(100));
  }
}
