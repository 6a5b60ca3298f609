package cn.yunxi.sdk.index;

import cn.yunxi.sdk.model.Bytes32;
import java.time.Instant;
import java.util.List;

/**
 * Durations per day — request turnaround or case cycle time of one department. Days without data
 * are left out.
 *
 * @param department the department
 * @param from start of the range (inclusive)
 * @param to end of the range (exclusive)
 * @param zone the zone whose days bucket the series (an IANA id or offset)
 * @param buckets one per day with data, oldest first
 */
public record SeriesView(
    Bytes32 department, Instant from, Instant to, String zone, List<BucketView> buckets) {
  public SeriesView {
    buckets = buckets == null ? List.of() : List.copyOf(buckets);
  }
}
