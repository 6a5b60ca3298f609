package cn.yunxi.sdk.index;

/** The index holds no such case, evidence, request or letter (404). */
public final class IndexNotFoundException extends IndexApiException {
  private static final long serialVersionUID = 1L;

  public IndexNotFoundException(String error) {
    super(404, error);
  }
}
