package cn.yunxi.indexer.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups (end time, duration) samples by day and summarises each day: count, percentiles, mean. */
final class DurationStatistics {
  private final ZoneId zone;
  private final Map<LocalDate, List<Long>> byDay = new TreeMap<>();

  DurationStatistics(ZoneId zone) {
    this.zone = zone;
  }

  void add(Instant end, long seconds) {
    byDay.computeIfAbsent(LocalDate.ofInstant(end, zone), d -> new ArrayList<>()).add(seconds);
  }

  List<DurationBucket> buckets() {
    List<DurationBucket> out = new ArrayList<>();
    byDay.forEach(
        (day, samples) -> {
          long[] sorted = samples.stream().mapToLong(Long::longValue).toArray();
          Arrays.sort(sorted);
          long sum = 0;
          for (long s : sorted) {
            sum += s;
          }
          out.add(
              new DurationBucket(
                  day,
                  sorted.length,
                  sorted[0],
                  nearestRank(sorted, 50),
                  nearestRank(sorted, 90),
                  sorted[sorted.length - 1],
                  Math.floorDiv(sum, sorted.length)));
        });
    return out;
  }

  /** The ⌈p/100·n⌉-th smallest sample. */
  static long nearestRank(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
