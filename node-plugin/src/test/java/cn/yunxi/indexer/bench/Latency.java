package cn.yunxi.indexer.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds; percentiles in milliseconds (nearest rank). */
final class Latency {
  private static final int ROUND = 1_000;
  private static final int SETTLED_PERCENT = 2;
  private static final Duration MAX_WARM_UP = Duration.ofSeconds(60);

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

  /**
   * Like {@link #measure}, timed once the JIT has settled: {@code minWarmUp} untimed runs, then
   * more in rounds of {@value #ROUND} until the compiler worked for under {@value
   * #SETTLED_PERCENT}% of a round's time, or for at most {@link #MAX_WARM_UP}. A server answers
   * from compiled code for months; a fixed count of warm-up runs left the JIT compiling hundreds of
   * methods a second into the timed runs (reflection accessors, Netty and Jackson paths reached
   * late), and slow samples clustered around those compilations. JMH warms up by time for the same
   * reason. How long it took is printed on stderr.
   */
  static Latency measureSteady(String label, int minWarmUp, int samples, Op op) throws Exception {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long started = System.nanoTime();
    int runs = 0;
    for (; runs < minWarmUp; runs++) {
      op.run(samples + runs);
    }
    String settled = "the JVM does not report compile time: fixed warm-up only";
    if (jit != null && jit.isCompilationTimeMonitoringSupported()) {
      double lastShare = Double.NaN;
      while (System.nanoTime() - started < MAX_WARM_UP.toNanos()) {
        long compiledBefore = jit.getTotalCompilationTime();
        long roundStart = System.nanoTime();
        for (int i = 0; i < ROUND; i++, runs++) {
          op.run(samples + runs);
        }
        double roundMs = (System.nanoTime() - roundStart) / 1e6;
        lastShare = 100 * (jit.getTotalCompilationTime() - compiledBefore) / roundMs;
        if (lastShare < SETTLED_PERCENT) {
          break;
        }
      }
      settled =
          String.format(
              Locale.ROOT, "the JIT compiled for %.1f%% of the last round's time", lastShare);
    }
    System.err.printf(
        Locale.ROOT,
        "  %s: warm-up %,d runs in %.1f s; %s%n",
        label,
        runs,
        (System.nanoTime() - started) / 1e9,
        settled);
    return measure(label, 0, samples, op);
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
