package cn.yunxi.indexer.api;

import java.util.OptionalLong;

/**
 * Where the node's chain is, for {@code GET /status} to show the index's lag. The follower that
 * feeds the index knows it; implementations should answer from what they already know rather than
 * ask the node on every call.
 */
@FunctionalInterface
public interface NodeHead {

  /** The number of the node's newest block, or empty if unknown right now. */
  OptionalLong headNumber();

  /** A node head that is never known: {@code /status} then reports no lag. */
  static NodeHead unknown() {
    return OptionalLong::empty;
  }
}
