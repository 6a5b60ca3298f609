package cn.yunxi.indexer.index;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list query, in the list's key order.
 *
 * @param items the items of this page, at most the limit asked for
 * @param nextCursor the cursor of the next page ({@link PageRequest#after}), or null on the last
 *     page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /** Whether there is a next page. */
  public boolean hasNext() {
    return nextCursor != null;
  }
}
