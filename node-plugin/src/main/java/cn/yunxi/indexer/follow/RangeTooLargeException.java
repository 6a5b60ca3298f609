package cn.yunxi.indexer.follow;

import java.io.IOException;

/**
 * The node refused a block range as too large (too many blocks, too many results, or a response too
 * big or too slow to arrive): ask again for a smaller one. Not an outage.
 */
public final class RangeTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long from;
  private final long to;

  public RangeTooLargeException(long from, long to, String reason, Throwable cause) {
    super("blocks " + from + ".." + to + " refused as too large: " + reason, cause);
    this.from = from;
    this.to = to;
  }

  /** The first block of the refused range. */
  public long from() {
    return from;
  }

  /** The last block of the refused range. */
  public long to() {
    return to;
  }

  /** How many blocks the refused range held. */
  public long blocks() {
    return to - from + 1;
  }
}
