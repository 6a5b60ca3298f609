package cn.yunxi.network;

import java.util.Objects;

/**
 * Something that does not stop a network from being generated but that an operator should know
 * about (fewer than four validators, a development key, an expired credential). Returned to the
 * caller, never printed: the caller decides how to show it.
 *
 * @param field the field's path, as in {@link ValidationError#field()}
 * @param line the 1-based line in the YAML file, or 0 when unknown
 * @param problem what is risky
 * @param advice what to do about it
 */
public record ValidationWarning(String field, int line, String problem, String advice) {
  public ValidationWarning {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(advice, "advice");
  }

  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + field + ": " + problem + " — " + advice;
  }
}
