package cn.yunxi.network.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of the consortium file, read field by field with every problem recorded in
 * {@link Findings} under the field's path. Works on SnakeYAML's composed node tree rather than on
 * constructed Java objects: that keeps line numbers, sees duplicate keys, and leaves the typing of
 * scalars to us (so {@code 2027-12-31} is not turned into a {@code java.util.Date}, nor {@code no}
 * into {@code false} behind the user's back).
 */
final class YamlMap {
  private final String path;
  private final Findings findings;
  private final Map<String, Node> fields = new LinkedHashMap<>();

  private YamlMap(String path, Findings findings) {
    this.path = path;
    this.findings = findings;
  }

  /**
   * Reads {@code node} as a mapping with the given keys; records unknown and duplicate keys.
   * Returns empty (with an error recorded) if the node is not a mapping.
   */
  static Optional<YamlMap> of(Node node, String path, Findings findings, Set<String> keys) {
    findings.line(path, node.getStartMark().getLine() + 1);
    if (!(node instanceof MappingNode mapping)) {
      findings.error(
          path, "is " + describe(node) + ", not a mapping", "write it as `key: value` lines");
      return Optional.empty();
    }
    YamlMap map = new YamlMap(path, findings);
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        findings.error(path, "has a key that is not a plain name", "use plain field names");
        continue;
      }
      String key = keyNode.getValue();
      String keyPath = map.path(key);
      findings.line(keyPath, keyNode.getStartMark().getLine() + 1);
      if (!keys.contains(key)) {
        findings.error(keyPath, "unknown field", suggestion(key, keys));
      } else if (map.fields.containsKey(key)) {
        findings.error(keyPath, "is given twice", "keep one `" + key + ":` line");
      } else {
        map.fields.put(key, tuple.getValueNode());
      }
    }
    return Optional.of(map);
  }

  private static String suggestion(String key, Set<String> keys) {
    for (String known : keys) {
      if (known.equalsIgnoreCase(key) || known.replace("_", "").equalsIgnoreCase(key)) {
        return "did you mean `" + known + "`? (field names are case-sensitive)";
      }
    }
    return "remove it, or use one of: " + String.join(", ", keys);
  }

  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  String path() {
    return path;
  }

  Findings findings() {
    return findings;
  }

  /** The value node of {@code key}, unless absent or null. */
  Optional<Node> node(String key) {
    Node n = fields.get(key);
    if (n == null || isNull(n)) {
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /** Records a "missing" error for a required field. */
  void missing(String key, String fix) {
    findings.error(path(key), "is missing", fix);
  }

  Optional<String> string(String key) {
    return node(key).flatMap(n -> scalar(n, path(key), "text"));
  }

  Optional<String> requiredString(String key, String fix) {
    Optional<String> value = string(key);
    if (node(key).isEmpty()) {
      missing(key, fix);
    } else if (value.isPresent() && value.get().isBlank()) {
      findings.error(path(key), "is empty", fix);
      return Optional.empty();
    }
    return value.map(String::strip);
  }

  /** A whole number (decimal, or hex with {@code 0x}; {@code _} separators allowed). */
  Optional<Long> integer(String key) {
    return node(key)
        .flatMap(n -> scalar(n, path(key), "a whole number"))
        .flatMap(text -> parseLong(text, path(key)));
  }

  Optional<Long> requiredInteger(String key, String fix) {
    if (node(key).isEmpty()) {
      missing(key, fix);
      return Optional.empty();
    }
    return integer(key);
  }

  /** An integer that must fit a Java {@code int} (ports, seconds, capacities). */
  Optional<Integer> smallInteger(String key) {
    return integer(key).flatMap(v -> toInt(v, path(key)));
  }

  Optional<Integer> requiredSmallInteger(String key, String fix) {
    return requiredInteger(key, fix).flatMap(v -> toInt(v, path(key)));
  }

  private Optional<Integer> toInt(long value, String at) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      findings.error(at, value + " is far out of range", "use a realistic value (see the schema)");
      return Optional.empty();
    }
    return Optional.of((int) value);
  }

  /** {@code true} or {@code false}; YAML 1.1's yes/no/on/off are refused as ambiguous. */
  Optional<Boolean> bool(String key) {
    Optional<String> text = node(key).flatMap(n -> scalar(n, path(key), "true or false"));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    switch (text.get().strip().toLowerCase(Locale.ROOT)) {
      case "true":
        return Optional.of(true);
      case "false":
        return Optional.of(false);
      default:
        findings.error(path(key), "'" + text.get() + "' is not a boolean", "write true or false");
        return Optional.empty();
    }
  }

  /** An ISO date, {@code 2027-12-31}. */
  Optional<LocalDate> date(String key) {
    return node(key)
        .flatMap(n -> scalar(n, path(key), "a date"))
        .flatMap(
            text -> {
              try {
                return Optional.of(LocalDate.parse(text.strip()));
              } catch (DateTimeParseException e) {
                findings.error(path(key), "'" + text + "' is not a date", "write it as YYYY-MM-DD");
                return Optional.empty();
              }
            });
  }

  /** A nested mapping with the given keys. */
  Optional<YamlMap> map(String key, Set<String> keys) {
    return node(key).flatMap(n -> of(n, path(key), findings, keys));
  }

  /** The raw entries of a nested mapping whose keys are data (e.g. addresses), not field names. */
  Optional<List<Map.Entry<String, Node>>> entries(String key) {
    Optional<Node> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String at = path(key);
    if (!(node.get() instanceof MappingNode mapping)) {
      findings.error(
          at, "is " + describe(node.get()) + ", not a mapping", "write `key: value` lines");
      return Optional.empty();
    }
    List<Map.Entry<String, Node>> out = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k) {
        findings.line(at + "." + k.getValue(), k.getStartMark().getLine() + 1);
        out.add(Map.entry(k.getValue(), tuple.getValueNode()));
      } else {
        findings.error(at, "has a key that is not plain text", "use plain keys");
      }
    }
    return Optional.of(out);
  }

  /** The items of a list, each with its path ({@code key[i]}); empty if absent. */
  Optional<List<Item>> list(String key) {
    Optional<Node> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String at = path(key);
    if (!(node.get() instanceof SequenceNode seq)) {
      findings.error(
          at, "is " + describe(node.get()) + ", not a list", "write one `- ` item per line");
      return Optional.empty();
    }
    List<Item> items = new ArrayList<>();
    List<Node> values = seq.getValue();
    for (int i = 0; i < values.size(); i++) {
      String itemPath = at + "[" + i + "]";
      findings.line(itemPath, values.get(i).getStartMark().getLine() + 1);
      items.add(new Item(values.get(i), itemPath));
    }
    return Optional.of(items);
  }

  /** A list item and its path. */
  record Item(Node node, String path) {}

  /** A scalar's text, or an error if the node is a list or mapping. */
  static Optional<String> scalar(Node node, String at, Findings findings, String expected) {
    if (node instanceof ScalarNode s) {
      return Optional.of(s.getValue());
    }
    findings.error(at, "is " + describe(node) + ", not " + expected, "write a single value");
    return Optional.empty();
  }

  private Optional<String> scalar(Node node, String at, String expected) {
    return scalar(node, at, findings, expected);
  }

  private Optional<Long> parseLong(String text, String at) {
    String t = text.strip().replace("_", "");
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Optional.of(Long.parseLong(t.substring(2), 16));
      }
      return Optional.of(Long.parseLong(t));
    } catch (NumberFormatException e) {
      findings.error(
          at, "'" + text + "' is not a whole number", "write digits only (or 0x and hex digits)");
      return Optional.empty();
    }
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }
}
