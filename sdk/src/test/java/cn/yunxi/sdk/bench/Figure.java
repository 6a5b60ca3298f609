package cn.yunxi.sdk.bench;

import java.util.Locale;

/**
 * One benchmark line: {@code <name> yunxi=<n> baseline=<n> ratio=<n>}, plain decimals, the ratio
 * always "how many times better Yunxi is" (yunxi/baseline for rates, baseline/yunxi for latencies).
 * The indexer's benchmark prints its lines with it too, so both commands share one format.
 */
public record Figure(String name, double yunxi, double baseline, double ratio) {
  public static Figure rate(String name, double yunxi, double baseline) {
    return new Figure(name, yunxi, baseline, yunxi / baseline);
  }

  public static Figure latency(String name, double yunxi, double baseline) {
    return new Figure(name, yunxi, baseline, baseline / yunxi);
  }

  public String line() {
    return String.format(
        Locale.ROOT, "%s yunxi=%.2f baseline=%.2f ratio=%.2f", name, yunxi, baseline, ratio);
  }
}
