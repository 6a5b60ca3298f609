package cn.yunxi.sdk.index;

/** The server refused the call as malformed (400) */
public final class IndexBadRequestException extends IndexApiException {
  private static final long serialVersionUID = 1L;

  public IndexBadRequestException(String error) {
    super(400, error);
  }
}
