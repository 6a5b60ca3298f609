package cn.yunxi.network.internal;

import java.util.List;

/** TOML values as Besu's configuration files want them. */
final class Toml {
  private Toml() {}

  /** A basic string, escaped per TOML 1.0. */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Text safe inside a {@code #} comment: control characters (a newline would end it) become
   * spaces.
   */
  static String comment(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c == 0x7f ? ' ' : c);
    }
    return out.toString();
  }

  /** A one-line array of strings. */
  static String inlineArray(List<String> values) {
    return "[" + String.join(",", values.stream().map(Toml::string).toList()) + "]";
  }

  /** A multi-line array of strings, one per line (long values such as enodes). */
  static String multilineArray(List<String> values) {
    if (values.isEmpty()) {
      return "[]";
    }
    StringBuilder out = new StringBuilder("[\n");
    for (int i = 0; i < values.size(); i++) {
      out.append("  ").append(string(values.get(i)));
      out.append(i + 1 < values.size() ? ",\n" : "\n");
    }
    return out.append("]").toString();
  }
}
