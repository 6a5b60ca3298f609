package cn.yunxi.sdk;

/**
 * The root of every exception the SDK throws. Unchecked: callers catch the specific subclasses they
 * can act on (a refused transaction, a tampered envelope, a missing blob) and let the rest travel.
 * Messages name what failed — the argument, the key, the transaction.
 */
public class YunxiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public YunxiException(String message) {
    super(message);
  }

  public YunxiException(String message, Throwable cause) {
    super(message, cause);
  }
}
