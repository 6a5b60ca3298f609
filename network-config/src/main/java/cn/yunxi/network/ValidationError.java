package cn.yunxi.network;

import java.util.Objects;

/**
 * A problem that makes a consortium description unusable: the field it is in, what is wrong, and
 * how to fix it.
 *
 * @param field the field's path, e.g. {@code departments[2].nodes[0].p2pPort}; {@code (file)} for
 *     problems with the file as a whole
 * @param line the 1-based line of the field in the YAML file, or 0 when unknown (a model built in
 *     code, or a field that is missing)
 * @param problem what is wrong, e.g. {@code 70000 is not a TCP port}
 * @param fix what to do about it, e.g. {@code use a number from 1 to 65535}
 */
public record ValidationError(String field, int line, String problem, String fix) {
  public ValidationError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  /** {@code line 41: departments[2].nodes[0].p2pPort: 70000 is not a TCP port — use …}. */
  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + field + ": " + problem + " — " + fix;
  }
}
