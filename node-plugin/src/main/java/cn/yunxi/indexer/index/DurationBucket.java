package cn.yunxi.indexer.index;

import java.time.LocalDate;

/**
 * The durations that ended on one day. Percentiles are nearest-rank: the median is the ⌈n/2⌉-th
 * smallest, p90 the ⌈0.9·n⌉-th.
 *
 * @param day the day (in the series' zone) the durations ended
 * @param count how many
 * @param minSeconds the shortest
 * @param medianSeconds the median
 * @param p90Seconds the 90th percentile
 * @param maxSeconds the longest
 * @param meanSeconds the mean, rounded down
 */
public record DurationBucket(
    LocalDate day,
    int count,
    long minSeconds,
    long medianSeconds,
    long p90Seconds,
    long maxSeconds,
    long meanSeconds) {}
