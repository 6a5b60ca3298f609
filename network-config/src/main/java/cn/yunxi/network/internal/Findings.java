package cn.yunxi.network.internal;

import cn.yunxi.network.ValidationError;
import cn.yunxi.network.ValidationWarning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects errors and warnings while a consortium is read and checked, so that one run reports
 * everything. Knows the YAML line of each field it was told about; a field that is missing gets the
 * line of the nearest enclosing field that exists.
 */
public final class Findings {
  private final List<ValidationError> errors = new ArrayList<>();
  private final List<ValidationWarning> warnings = new ArrayList<>();
  private final Map<String, Integer> lines = new HashMap<>();

  /** Records that {@code path} starts on 1-based {@code line}. */
  void line(String path, int line) {
    lines.putIfAbsent(path, line);
  }

  public void error(String path, String problem, String fix) {
    errors.add(new ValidationError(path, lineOf(path), problem, fix));
  }

  public void warn(String path, String problem, String advice) {
    warnings.add(new ValidationWarning(path, lineOf(path), problem, advice));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The errors in file order (by line; stable, so same-line errors keep their order). */
  public List<ValidationError> errors() {
    return errors.stream().sorted(Comparator.comparingInt(e -> order(e.line()))).toList();
  }

  /** The warnings in file order. */
  public List<ValidationWarning> warnings() {
    return warnings.stream().sorted(Comparator.comparingInt(w -> order(w.line()))).toList();
  }

  /** Findings without a line (whole-model rules) go last. */
  private static int order(int line) {
    return line > 0 ? line : Integer.MAX_VALUE;
  }

  private int lineOf(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      p = parent(p);
    }
    return 0;
  }

  /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → empty. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
