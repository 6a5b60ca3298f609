package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.YunxiException;

/** A broken cryptographic link in a proof; the message says which link and why. */
public final class ProofException extends YunxiException {
  private static final long serialVersionUID = 1L;

  public ProofException(String message) {
    super(message);
  }
}
