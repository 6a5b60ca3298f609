package cn.yunxi.sdk.index;

import java.util.Objects;

/**
 * One answer of the query API: {@code {"head":…,"data":…,"next":…}}.
 *
 * @param head the indexed checkpoint the answer was read at
 * @param data the answer
 * @param next for lists, the opaque cursor of the next page; null on the last page and for single
 *     items
 * @param <T> the answer's type
 */
public record IndexResponse<T>(Head head, T data, String next) {
  public IndexResponse {
    Objects.requireNonNull(head, "head");
  }

  /** Whether a list has a next page. */
  public boolean hasNext() {
    return next != null;
  }
}
