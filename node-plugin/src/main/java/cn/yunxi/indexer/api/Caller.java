package cn.yunxi.indexer.api;

import cn.yunxi.sdk.model.Bytes32;
import java.util.Objects;

/**
 * Who a bearer token belongs to: a department (which sees what it is party to) or an auditor (who
 * sees everything).
 *
 * @param name the token's name in the configuration, for logs
 * @param department the department, or null for an auditor
 * @param auditor whether the token is an auditor's
 */
public record Caller(String name, Bytes32 department, boolean auditor) {
  public Caller {
    Objects.requireNonNull(name, "name");
    if (auditor == (department != null)) {
      throw new IllegalArgumentException(
          "token " + name + ": either a department or an auditor, not both nor neither");
    }
  }

  /** An auditor token. */
  public static Caller auditor(String name) {
    return new Caller(name, null, true);
  }

  /** A department token. */
  public static Caller department(String name, Bytes32 department) {
    return new Caller(name, Objects.requireNonNull(department, "department"), false);
  }

  /**
   * Whether this caller may see what belongs to {@code dept}: its own department, or an auditor.
   */
  public boolean speaksFor(Bytes32 dept) {
    return auditor || department.equals(dept);
  }
}
