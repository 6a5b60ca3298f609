package cn.yunxi.sdk.index;

import java.time.LocalDate;

/**
 * The durations that ended on one day (nearest-rank percentiles).
 *
 * @param day the day, in the series' zone
 * @param count how many
 * @param minSeconds the shortest
 * @param medianSeconds the median
 * @param p90Seconds the 90th percentile
 * @param maxSeconds the longest
 * @param meanSeconds the mean, rounded down
 */
public record BucketView(
    LocalDate day,
    int count,
    long minSeconds,
    long medianSeconds,
    long p90Seconds,
    long maxSeconds,
    long meanSeconds) {}
