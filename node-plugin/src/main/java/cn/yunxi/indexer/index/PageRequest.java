package cn.yunxi.indexer.index;

/**
 * Which page of a list to read: the first, or the one after a cursor a previous page returned
 * ({@link Page#nextCursor()}). Keyset pagination: a cursor names the last key returned, so pages
 * stay consistent while the index grows.
 *
 * @param cursor the previous page's {@link Page#nextCursor()}, or null (or empty) for the first
 * @param limit how many items at most, 1..{@value #MAX_LIMIT}
 */
public record PageRequest(String cursor, int limit) {
  /** The largest page. */
  public static final int MAX_LIMIT = 500;

  /**
   * @throws IllegalArgumentException if {@code limit} is not 1..{@value #MAX_LIMIT}
   */
  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    if (cursor != null && cursor.isEmpty()) {
      cursor = null;
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(null, limit);
  }

  public static PageRequest after(String cursor, int limit) {
    return new PageRequest(cursor, limit);
  }
}
