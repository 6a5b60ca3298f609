package cn.yunxi.indexer.follow;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How many blocks to read at once: starts moderate, doubles while answers are small and quick,
 * halves when an answer is heavy or slow, and when the node refuses a range as too large it backs
 * off and remembers a ceiling, so that a node with a fixed cap (Besu: 5,000 blocks by default, or
 * whatever its operator set) is not asked for too much again and again. The ceiling is probed
 * upwards now and then, because some refusals depend on the data, not on the width (“more than
 * 10000 results”). Never more than {@link #MAX_BLOCKS} blocks.
 *
 * <p>Thread-safe; one per reader.
 */
public final class RangePolicy {
  /** Besu's default {@code eth_getLogs} range cap, which this policy never exceeds. */
  public static final long MAX_BLOCKS = 5_000;

  // Codes and messages of "range too large" refusals: Besu's -32005 "Requested range exceeds
  // maximum RPC range limit", geth's -32602 "block range too large" (code shared with any invalid
  // parameter, hence matched by message), providers' "query returned more than 10000 results".
  private static final int LIMIT_EXCEEDED = -32005;
  private static final Pattern RANGE_MESSAGE =
      Pattern.compile(
          "block range|range limit|range (is )?too (large|big|wide)|range exceed|exceeds? (the )?max"
              + "|more than \\d+ (results|logs|blocks)|too many (results|logs|blocks)"
              + "|response (size|is too large|too large)");
  // Not about the range's size: a rate limit, or parameters the node cannot read.
  private static final Pattern NOT_SIZE = Pattern.compile("\\brate\\b|requests per|invalid");

  private final long maxBlocks;
  private final long maxEvents;
  private final long slowNanos;
  private final int probeAfter;

  private long span;
  private long ceiling;
  private long largestGood; // the widest range that succeeded since the last refusal, 0 if none
  private int successesAtCeiling;

  /**
   * A policy with the defaults: 200 blocks at first, at most 5,000 blocks, heavy above 10,000
   * events, slow above 5 s, the ceiling probed again after 64 full-size successes.
   */
  public RangePolicy() {
    this(200, MAX_BLOCKS, 10_000, Duration.ofSeconds(5), 64);
  }

  /**
   * @param initialBlocks the first range's width
   * @param maxBlocks the widest range ever asked for, at most {@link #MAX_BLOCKS}
   * @param maxEvents above this many events in one answer the next range is halved
   * @param slow an answer taking longer halves the next range
   * @param probeAfter after this many consecutive full-width successes at the ceiling, the ceiling
   *     is doubled to find out whether wider ranges work again
   */
  public RangePolicy(
      long initialBlocks, long maxBlocks, long maxEvents, Duration slow, int probeAfter) {
    if (maxBlocks < 1 || maxBlocks > MAX_BLOCKS) {
      throw new IllegalArgumentException("maxBlocks must be 1.." + MAX_BLOCKS + ": " + maxBlocks);
    }
    if (initialBlocks < 1 || maxEvents < 1 || probeAfter < 1 || slow.isNegative()) {
      throw new IllegalArgumentException("initialBlocks, maxEvents, probeAfter must be positive");
    }
    this.maxBlocks = maxBlocks;
    this.maxEvents = maxEvents;
    this.slowNanos = slow.toNanos();
    this.probeAfter = probeAfter;
    this.ceiling = maxBlocks;
    this.span = Math.min(initialBlocks, maxBlocks);
  }

  /** The width of the next range. */
  public synchronized long span() {
    return span;
  }

  /** The widest range currently allowed. */
  public synchronized long ceiling() {
    return ceiling;
  }

  /** The last block of the next range starting at {@code from}, at most {@code target}. */
  public synchronized long end(long from, long target) {
    if (target < from) {
      throw new IllegalArgumentException("target " + target + " < from " + from);
    }
    return from + Math.min(span, target - from + 1) - 1;
  }

  /**
   * Records an answer: {@code blocks} wide, with {@code events} events, after {@code elapsed}.
   * Ranges cut short by the target say little about wider ones, so only full-width ranges grow the
   * span.
   */
  public synchronized void succeeded(long blocks, long events, Duration elapsed) {
    long nanos = elapsed.toNanos();
    if (events > maxEvents || nanos > slowNanos) {
      span = Math.max(1, Math.min(span, blocks) / 2);
      successesAtCeiling = 0;
      return;
    }
    if (blocks < span) {
      return;
    }
    largestGood = Math.max(largestGood, blocks);
    if (span >= ceiling) {
      if (++successesAtCeiling >= probeAfter && ceiling < maxBlocks) {
        ceiling = Math.min(maxBlocks, ceiling * 2);
        successesAtCeiling = 0;
      }
    }
    if (events <= maxEvents / 4 && nanos <= slowNanos / 4) {
      span = Math.min(ceiling, span * 2);
    }
  }

  /**
   * Records that the node refused a range {@code blocks} wide as too large. If a narrower range
   * succeeded since the last refusal, that one becomes the ceiling (the node's cap lies between the
   * two); otherwise the range is halved, down to one block.
   */
  public synchronized void refused(long blocks) {
    successesAtCeiling = 0;
    if (largestGood > 0 && largestGood < blocks) {
      ceiling = largestGood;
      span = largestGood;
    } else {
      // Refused at or below a width that used to work: the limit depends on the data here.
      ceiling = Math.max(1, blocks - 1);
      span = Math.max(1, Math.min(span, blocks) / 2);
      largestGood = 0;
    }
  }

  /**
   * Whether a JSON-RPC error means "ask for fewer blocks" rather than a failure: Besu's {@code
   * -32005} (limit exceeded), or a message about the block range or the number of results, whatever
   * the code. Rate limits and invalid parameters are not range refusals.
   */
  public static boolean isRangeRefusal(int code, String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (NOT_SIZE.matcher(text).find()) {
      return false;
    }
    return code == LIMIT_EXCEEDED || RANGE_MESSAGE.matcher(text).find();
  }

  @Override
  public synchronized String toString() {
    return "RangePolicy[span=" + span + ", ceiling=" + ceiling + "]";
  }
}
