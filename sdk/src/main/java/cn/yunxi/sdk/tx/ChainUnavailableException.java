package cn.yunxi.sdk.tx;

import cn.yunxi.sdk.YunxiException;

/** The node could not be reached within the configured patience. */
public final class ChainUnavailableException extends YunxiException {
  private static final long serialVersionUID = 1L;

  public ChainUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
