package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.YunxiException;

/** Bytes that are not one canonical RLP item (or not the item the caller expected). */
public final class RlpException extends YunxiException {
  private static final long serialVersionUID = 1L;

  public RlpException(String message) {
    super(message);
  }
}
