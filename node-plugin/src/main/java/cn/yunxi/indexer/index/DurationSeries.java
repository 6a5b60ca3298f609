package cn.yunxi.indexer.index;

import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A chartable series of durations per day: request turnaround (created → fulfilled) or case cycle
 * time (opened → closed) of one department. Days without any are left out.
 *
 * @param department the department
 * @param from start of the range (inclusive) the durations ended in
 * @param to end of the range (exclusive)
 * @param zone the zone whose days bucket the series
 * @param buckets one per day with data, oldest first
 */
public record DurationSeries(
    Bytes32 department, Instant from, Instant to, ZoneId zone, List<DurationBucket> buckets) {
  public DurationSeries {
    buckets = List.copyOf(buckets);
  }
}
