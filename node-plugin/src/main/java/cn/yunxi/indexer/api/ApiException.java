package cn.yunxi.indexer.api;

/**
 * A refusal with its HTTP status and a message for the caller; rendered as {@code {"error":"…"}}.
 * Thrown by controllers, parameter parsing and the access checks.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** 400: the request is malformed. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** 401: no credentials, or unknown ones. */
  public static ApiException unauthorized(String message) {
    return new ApiException(401, message);
  }

  /** 403: known credentials, not entitled. */
  public static ApiException forbidden(String message) {
    return new ApiException(403, message);
  }

  /** 404: the index has no such thing. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
