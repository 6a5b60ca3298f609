package cn.yunxi.sdk.index;

/** The token is known but not entitled to what was asked (403) */
public final class IndexForbiddenException extends IndexApiException {
  private static final long serialVersionUID = 1L;

  public IndexForbiddenException(String error) {
    super(403, error);
  }
}
