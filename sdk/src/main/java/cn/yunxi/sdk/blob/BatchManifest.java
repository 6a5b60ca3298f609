package cn.yunxi.sdk.blob;

import cn.yunxi.sdk.internal.AbiWords;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.proof.StandardMerkleTree;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A batch's manifest — its leaves, no content — as stored in a plain blob and referenced by the
 * anchor ({@code BatchAnchored.manifestRef}), so that indexers can index batched items by content
 * hash too. Always consistent: {@link #root()} is the OpenZeppelin StandardMerkleTree root of
 * {@link #leaves()} (the constructor refuses anything else). The blob is JSON:
 *
 * <pre>{@code
 * {"format": "yunxi-batch-manifest", "version": 1, "root": "0x…",
 *  "leafEncoding": ["bytes32","bytes32","bytes32","uint8","bytes32","bytes32"],
 *  "fields": ["caseId","contentSha256","contentSm3","kind","blobRef","metadataHash"],
 *  "leaves": [["0x…","0x…","0x…",1,"0x…","0x…"], …]}
 * }</pre>
 *
 * The leaves are in submission order. {@link #encode()} is deterministic — the blob's content
 * address depends on its exact bytes — and {@link #parse} reads exactly that format, strictly: an
 * unknown format, version, member or leaf shape is refused rather than guessed at.
 *
 * @param root the batch's Merkle root, as anchored on chain
 * @param leaves the batch's items in submission order, at least one
 */
public record BatchManifest(Bytes32 root, List<BatchLeaf> leaves) {
  /** The {@code format} member. */
  public static final String FORMAT = "yunxi-batch-manifest";

  /** The only {@code version} this SDK writes and reads. */
  public static final int VERSION = 1;

  /**
   * The anchor's metadata hash that names this format: keccak-256 of {@code
   * yunxi-batch-manifest/1}.
   */
  public static final Bytes32 METADATA_HASH =
      Bytes32.of(AbiWords.keccak256((FORMAT + "/" + VERSION).getBytes(StandardCharsets.US_ASCII)));

  private static final List<String> LEAF_ENCODING =
      List.of("bytes32", "bytes32", "bytes32", "uint8", "bytes32", "bytes32");
  private static final List<String> FIELDS =
      List.of("caseId", "contentSha256", "contentSm3", "kind", "blobRef", "metadataHash");
  private static final Set<String> MEMBERS =
      Set.of("format", "version", "root", "leafEncoding", "fields", "leaves");
  private static final Pattern HEX32 = Pattern.compile("0x[0-9a-fA-F]{64}");

  // Duplicate members and trailing content would let two readers see different manifests.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * @throws IllegalArgumentException if there are no leaves or {@code root} is not their root
   */
  public BatchManifest {
    Objects.requireNonNull(root, "root");
    leaves = List.copyOf(Objects.requireNonNull(leaves, "leaves"));
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("a batch manifest needs at least one leaf");
    }
    Bytes32 computed = StandardMerkleTree.of(leaves).root();
    if (!computed.equals(root)) {
      throw new IllegalArgumentException(
          "manifest root " + root + " is not the Merkle root of its leaves (" + computed + ")");
    }
  }

  /** The manifest of {@code leaves}, with their computed root. */
  public static BatchManifest of(List<BatchLeaf> leaves) {
    Objects.requireNonNull(leaves, "leaves");
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("a batch manifest needs at least one leaf");
    }
    return new BatchManifest(StandardMerkleTree.of(leaves).root(), leaves);
  }

  /**
   * Reads a manifest blob.
   *
   * @throws IllegalArgumentException naming the first problem: not JSON, another format or version,
   *     a missing or unknown member, a malformed leaf, or a root that is not the leaves'
   */
  public static BatchManifest parse(byte[] blob) {
    Objects.requireNonNull(blob, "blob");
    JsonNode tree;
    try {
      tree = JSON.readTree(blob);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("batch manifest is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("batch manifest is not readable: " + e.getMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("batch manifest is not a JSON object");
    }
    for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MEMBERS.contains(name)) {
        throw new IllegalArgumentException("batch manifest has an unknown member: " + name);
      }
    }
    JsonNode format = member(tree, "format");
    if (!format.isTextual() || !format.asText().equals(FORMAT)) {
      throw new IllegalArgumentException("not a batch manifest: format is " + format);
    }
    JsonNode version = member(tree, "version");
    if (!version.isIntegralNumber()
        || !version.canConvertToInt()
        || version.intValue() != VERSION) {
      throw new IllegalArgumentException(
          "unsupported batch manifest version " + version + " (this SDK reads " + VERSION + ")");
    }
    requireStrings(member(tree, "leafEncoding"), LEAF_ENCODING, "leafEncoding");
    requireStrings(member(tree, "fields"), FIELDS, "fields");
    Bytes32 root = bytes32(member(tree, "root"), "root");
    JsonNode leavesNode = member(tree, "leaves");
    if (!leavesNode.isArray()) {
      throw new IllegalArgumentException("batch manifest leaves is not an array");
    }
    List<BatchLeaf> leaves = new ArrayList<>(leavesNode.size());
    for (int i = 0; i < leavesNode.size(); i++) {
      leaves.add(leaf(leavesNode.get(i), i));
    }
    return new BatchManifest(root, leaves);
  }

  /** The blob's bytes: compact JSON, members and leaves in the documented order. */
  public byte[] encode() {
    ObjectNode m = JSON.createObjectNode();
    m.put("format", FORMAT);
    m.put("version", VERSION);
    m.put("root", root.toHex());
    LEAF_ENCODING.forEach(m.putArray("leafEncoding")::add);
    FIELDS.forEach(m.putArray("fields")::add);
    ArrayNode values = m.putArray("leaves");
    for (BatchLeaf l : leaves) {
      ArrayNode v = values.addArray();
      v.add(l.caseId().toHex()).add(l.contentSha256().toHex()).add(l.contentSm3().toHex());
      v.add(l.kind()).add(l.blobRef().toHex()).add(l.metadataHash().toHex());
    }
    try {
      return JSON.writeValueAsBytes(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a batch manifest", e);
    }
  }

  private static JsonNode member(JsonNode tree, String name) {
    JsonNode node = tree.get(name);
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException("batch manifest has no " + name);
    }
    return node;
  }

  private static void requireStrings(JsonNode node, List<String> expected, String name) {
    boolean same = node.isArray() && node.size() == expected.size();
    for (int i = 0; same && i < expected.size(); i++) {
      same = node.get(i).isTextual() && node.get(i).asText().equals(expected.get(i));
    }
    if (!same) {
      throw new IllegalArgumentException(
          "batch manifest " + name + " is " + node + ", expected " + expected);
    }
  }

  private static BatchLeaf leaf(JsonNode node, int index) {
    if (!node.isArray() || node.size() != FIELDS.size()) {
      throw new IllegalArgumentException(
          "batch manifest leaf " + index + " is not an array of " + FIELDS.size() + " values");
    }
    String at = "leaf " + index + " ";
    JsonNode kind = node.get(3);
    if (!kind.isIntegralNumber() || !kind.canConvertToInt() || kind.intValue() < 0) {
      throw new IllegalArgumentException("batch manifest " + at + "kind is not a uint8: " + kind);
    }
    if (kind.intValue() > 255) {
      throw new IllegalArgumentException("batch manifest " + at + "kind is not a uint8: " + kind);
    }
    return new BatchLeaf(
        bytes32(node.get(0), at + "caseId"),
        bytes32(node.get(1), at + "contentSha256"),
        bytes32(node.get(2), at + "contentSm3"),
        kind.intValue(),
        bytes32(node.get(4), at + "blobRef"),
        bytes32(node.get(5), at + "metadataHash"));
  }

  private static Bytes32 bytes32(JsonNode node, String name) {
    if (!node.isTextual() || !HEX32.matcher(node.asText()).matches()) {
      throw new IllegalArgumentException(
          "batch manifest " + name + " is not 0x and 64 hex digits: " + node);
    }
    return Bytes32.fromHex(node.asText());
  }
}
