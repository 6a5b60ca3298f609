package cn.yunxi.sdk.proof;

import cn.yunxi.sdk.YunxiException;

/**
 * An evidence package that cannot be read: not JSON, not this format or version, or a field that is
 * missing, unknown or malformed. {@link #field()} names where (a JSON pointer such as {@code
 * /block/header/gasUsed}, or {@code ""} for the document as a whole).
 */
public final class PackageFormatException extends YunxiException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public PackageFormatException(String field, String message) {
    super(field.isEmpty() ? message : field + ": " + message);
    this.field = field;
  }

  public PackageFormatException(String field, String message, Throwable cause) {
    super(field.isEmpty() ? message : field + ": " + message, cause);
    this.field = field;
  }

  /** Where in the package the problem is: a JSON pointer, {@code ""} for the whole document. */
  public String field() {
    return field;
  }
}
