package cn.yunxi.indexer.follow;

import java.io.IOException;

/**
 * The node's chain changed while a range was being read (a reorganisation between two calls, or
 * blocks that vanished): the answers do not fit together, so none of them is used. Retry.
 */
public final class ChainMovedException extends IOException {
  private static final long serialVersionUID = 1L;

  public ChainMovedException(String message) {
    super(message);
  }
}
