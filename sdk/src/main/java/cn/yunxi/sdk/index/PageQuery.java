package cn.yunxi.sdk.index;

/**
 * Which page of a list to ask for: the first, or the one after a cursor that a previous answer
 * returned ({@link IndexResponse#next()}).
 *
 * @param cursor the previous answer's cursor, or null for the first page
 * @param limit how many items at most, 1..{@value #MAX_LIMIT}
 */
public record PageQuery(String cursor, int limit) {
  /** The largest page the server gives. */
  public static final int MAX_LIMIT = 500;

  /** The first page of at most {@code limit} items. */
  public static PageQuery first(int limit) {
    return new PageQuery(null, limit);
  }

  /** The page after {@code cursor}. */
  public static PageQuery after(String cursor, int limit) {
    return new PageQuery(cursor, limit);
  }
}
