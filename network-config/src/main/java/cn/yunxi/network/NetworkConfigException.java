package cn.yunxi.network;

/**
 * The root of every exception this module throws. Unchecked, like the SDK's: callers catch the
 * subclasses they can act on ({@link InvalidConsortiumException}, {@link OutputExistsException})
 * and let the rest travel. Messages name the file or field that failed.
 */
public class NetworkConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NetworkConfigException(String message) {
    super(message);
  }

  public NetworkConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
