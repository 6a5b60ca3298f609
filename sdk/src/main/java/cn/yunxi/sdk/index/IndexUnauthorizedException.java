package cn.yunxi.sdk.index;

/** No token, or one the server does not know (401). */
public final class IndexUnauthorizedException extends IndexApiException {
  private static final long serialVersionUID = 1L;

  public IndexUnauthorizedException(String error) {
    super(401, error);
  }
}
