package cn.yunxi.sdk.index;

import cn.yunxi.sdk.YunxiException;

/**
 * The query API refused a call or could not be reached. Subclasses name the common refusals; other
 * HTTP statuses (5xx, 429) come as this class. {@link #status()} is 0 when no HTTP answer came
 * (connection refused, timeout, an answer that is not the API's JSON).
 */
public class IndexApiException extends YunxiException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  public IndexApiException(int status, String error) {
    super(status == 0 ? error : "HTTP " + status + ": " + error);
    this.status = status;
    this.error = error;
  }

  public IndexApiException(String error, Throwable cause) {
    super(error, cause);
    this.status = 0;
    this.error = error;
  }

  /** The HTTP status, or 0 if none came. */
  public int status() {
    return status;
  }

  /** The server's error message ({@code {"error":"…"}}), or what went wrong on the way. */
  public String error() {
    return error;
  }

  /** The exception for an error answer: a subclass for 400, 401, 403 and 404. */
  static IndexApiException of(int status, String error) {
    return switch (status) {
      case 400 -> new IndexBadRequestException(error);
      case 401 -> new IndexUnauthorizedException(error);
      case 403 -> new IndexForbiddenException(error);
      case 404 -> new IndexNotFoundException(error);
      default -> new IndexApiException(status, error);
    };
  }
}
