package cn.yunxi.sdk.proof;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Edits of a package's JSON for tests: change one field, then read the package back. */
final class PackageJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private PackageJson() {}

  static ObjectNode tree(EvidencePackage pkg) {
    try {
      return (ObjectNode) JSON.readTree(pkg.toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The package with the value at {@code pointer} replaced by {@code change(value)}. */
  static EvidencePackage with(EvidencePackage pkg, String pointer, UnaryOperator<JsonNode> change) {
    ObjectNode root = tree(pkg);
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    String last = p.last().getMatchingProperty();
    if (parent instanceof ArrayNode array) {
      int i = p.last().getMatchingIndex();
      array.set(i, change.apply(array.get(i)));
    } else {
      ((ObjectNode) parent).set(last, change.apply(parent.get(last)));
    }
    return reparse(root);
  }

  /** The package after an arbitrary edit of its tree. */
  static EvidencePackage edited(EvidencePackage pkg, Consumer<ObjectNode> edit) {
    ObjectNode root = tree(pkg);
    edit.accept(root);
    return reparse(root);
  }

  static EvidencePackage reparse(JsonNode root) {
    try {
      return EvidencePackage.parse(JSON.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A hex string with the byte at {@code index} (negative: from the end) flipped. */
  static JsonNode flipByte(JsonNode hex, int index) {
    String s = hex.asText();
    int bytes = (s.length() - 2) / 2;
    int i = index < 0 ? bytes + index : index;
    int pos = 2 + 2 * i;
    int b = Integer.parseInt(s.substring(pos, pos + 2), 16) ^ 0x01;
    return new TextNode(s.substring(0, pos) + String.format("%02x", b) + s.substring(pos + 2));
  }
}
