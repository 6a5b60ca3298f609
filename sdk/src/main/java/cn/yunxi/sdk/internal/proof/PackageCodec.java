package cn.yunxi.sdk.internal.proof;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceRecord;
import cn.yunxi.sdk.proof.AnchoredBatch;
import cn.yunxi.sdk.proof.HeaderHashScheme;
import cn.yunxi.sdk.proof.PackageFormatException;
import cn.yunxi.sdk.proof.PackagedItem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the evidence package JSON, version 1 (sdk/PACKAGE.md). Reading is strict — every
 * field present, none unknown, none repeated, each of its exact type and shape — and fails only
 * with {@link PackageFormatException}. Writing is canonical: fixed field order, lower-case hex, two
 * spaces of indentation, so that equal packages are equal bytes.
 */
public final class PackageCodec {
  public static final String FORMAT = "yunxi-evidence-package";
  public static final int VERSION = 1;

  /** Larger inputs are refused before parsing. */
  public static final int MAX_BYTES = 16 << 20;

  /** JSON numbers above this lose precision in JavaScript; the format keeps below it. */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final int MAX_PROOF_NODES = 64;
  private static final int MAX_MERKLE_PROOF = 64;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final HexFormat HEX = HexFormat.of();

  private PackageCodec() {}

  // ================================================================== reading

  public static PackageContents parse(byte[] json) {
    if (json.length > MAX_BYTES) {
      throw new PackageFormatException("", "larger than " + MAX_BYTES + " bytes");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new PackageFormatException("", "not JSON: " + firstLine(e.getMessage()), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new PackageFormatException("", "empty document");
    }
    return readPackage(root);
  }

  private static PackageContents readPackage(JsonNode root) {
    if (!root.isObject()) {
      throw new PackageFormatException("", "not a JSON object");
    }
    JsonNode format = root.get("format");
    if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
      throw new PackageFormatException("/format", "not a " + FORMAT);
    }
    long version = integer(root, "", "version", 0, Integer.MAX_VALUE);
    if (version != VERSION) {
      throw new PackageFormatException(
          "/version",
          "version " + version + " is not supported (this reader knows " + VERSION + ")");
    }
    fields(root, "", "format", "version", "chainId", "registry", "item", "receipt", "block");
    long chainId = integer(root, "", "chainId", 1, MAX_SAFE_INTEGER);
    Address registry = address(root, "", "registry");
    PackagedItem item = readItem(object(root, "", "item"), "/item");

    JsonNode receipt = object(root, "", "receipt");
    fields(receipt, "/receipt", "transactionIndex", "logIndex", "encoded", "proof");
    int transactionIndex =
        (int) integer(receipt, "/receipt", "transactionIndex", 0, Integer.MAX_VALUE);
    int logIndex = (int) integer(receipt, "/receipt", "logIndex", 0, Integer.MAX_VALUE);
    byte[] encoded = bytes(receipt, "/receipt", "encoded");
    if (encoded.length == 0) {
      throw new PackageFormatException("/receipt/encoded", "empty");
    }
    List<byte[]> proof = new ArrayList<>();
    JsonNode proofNode = array(receipt, "/receipt", "proof", 1, MAX_PROOF_NODES);
    for (int i = 0; i < proofNode.size(); i++) {
      byte[] node = hex(proofNode.get(i), "/receipt/proof/" + i);
      if (node.length == 0) {
        throw new PackageFormatException("/receipt/proof/" + i, "empty");
      }
      proof.add(node);
    }

    JsonNode block = object(root, "", "block");
    fields(block, "/block", "hash", "hashScheme", "header");
    Bytes32 blockHash = bytes32(block, "/block", "hash");
    String schemeName = text(block, "/block", "hashScheme");
    HeaderHashScheme scheme = HeaderHashScheme.ofJsonName(schemeName);
    if (scheme == null) {
      throw new PackageFormatException(
          "/block/hashScheme", "unknown scheme \"" + schemeName + "\"");
    }
    BlockHeader header = readHeader(object(block, "/block", "header"), "/block/header");
    return new PackageContents(
        chainId,
        registry,
        item,
        transactionIndex,
        logIndex,
        encoded,
        proof,
        scheme,
        blockHash,
        header);
  }

  private static PackagedItem readItem(JsonNode item, String path) {
    String type = text(item, path, "type");
    switch (type) {
      case "deposit" -> {
        fields(item, path, "type", "record");
        return new PackagedItem.Deposit(readRecord(object(item, path, "record"), path + "/record"));
      }
      case "batch" -> {
        fields(item, path, "type", "leaf", "merkleProof", "batch");
        BatchLeaf leaf = readLeaf(object(item, path, "leaf"), path + "/leaf");
        JsonNode proofNode = array(item, path, "merkleProof", 0, MAX_MERKLE_PROOF);
        List<Bytes32> proof = new ArrayList<>();
        for (int i = 0; i < proofNode.size(); i++) {
          proof.add(toBytes32(proofNode.get(i), path + "/merkleProof/" + i));
        }
        AnchoredBatch batch = readBatch(object(item, path, "batch"), path + "/batch");
        return new PackagedItem.BatchItem(leaf, batch, proof);
      }
      default ->
          throw new PackageFormatException(path + "/type", "unknown item type \"" + type + "\"");
    }
  }

  private static EvidenceRecord readRecord(JsonNode r, String path) {
    fields(
        r,
        path,
        "caseId",
        "contentSha256",
        "contentSm3",
        "kind",
        "blobRef",
        "metadataHash",
        "depositor",
        "depositedAt",
        "supersedes");
    return new EvidenceRecord(
        bytes32(r, path, "caseId"),
        bytes32(r, path, "contentSha256"),
        bytes32(r, path, "contentSm3"),
        (int) integer(r, path, "kind", 0, 255),
        bytes32(r, path, "blobRef"),
        bytes32(r, path, "metadataHash"),
        address(r, path, "depositor"),
        Instant.ofEpochSecond(integer(r, path, "depositedAt", 0, MAX_SAFE_INTEGER)),
        bytes32(r, path, "supersedes"));
  }

  private static BatchLeaf readLeaf(JsonNode l, String path) {
    fields(l, path, "caseId", "contentSha256", "contentSm3", "kind", "blobRef", "metadataHash");
    return new BatchLeaf(
        bytes32(l, path, "caseId"),
        bytes32(l, path, "contentSha256"),
        bytes32(l, path, "contentSm3"),
        (int) integer(l, path, "kind", 0, 255),
        bytes32(l, path, "blobRef"),
        bytes32(l, path, "metadataHash"));
  }

  private static AnchoredBatch readBatch(JsonNode b, String path) {
    fields(
        b,
        path,
        "root",
        "department",
        "anchorer",
        "itemCount",
        "manifestRef",
        "metadataHash",
        "anchoredAt");
    return new AnchoredBatch(
        bytes32(b, path, "root"),
        bytes32(b, path, "department"),
        address(b, path, "anchorer"),
        integer(b, path, "itemCount", 0, 0xffff_ffffL),
        bytes32(b, path, "manifestRef"),
        bytes32(b, path, "metadataHash"),
        Instant.ofEpochSecond(integer(b, path, "anchoredAt", 0, MAX_SAFE_INTEGER)));
  }

  private static BlockHeader readHeader(JsonNode h, String path) {
    Map<String, BlockHeader.Field> byName = new java.util.HashMap<>();
    for (BlockHeader.Field f : BlockHeader.Field.values()) {
      byName.put(f.jsonName(), f);
    }
    Map<BlockHeader.Field, byte[]> values = new EnumMap<>(BlockHeader.Field.class);
    Iterator<String> names = h.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      BlockHeader.Field f = byName.get(name);
      if (f == null) {
        throw new PackageFormatException(path + "/" + name, "unknown header field");
      }
      String where = path + "/" + name;
      values.put(
          f,
          f.kind() == BlockHeader.Kind.QUANTITY
              ? quantity(h.get(name), where)
              : hex(h.get(name), where));
    }
    try {
      return BlockHeader.of(values);
    } catch (IllegalArgumentException e) {
      throw new PackageFormatException(path, e.getMessage());
    }
  }

  // ------------------------------------------------------------------ JSON helpers

  private static void fields(JsonNode node, String path, String... allowed) {
    Set<String> known = Set.of(allowed);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new PackageFormatException(path + "/" + name, "unknown field");
      }
    }
    Set<String> seen = new HashSet<>();
    node.fieldNames().forEachRemaining(seen::add);
    for (String name : allowed) {
      if (!seen.contains(name)) {
        throw new PackageFormatException(path + "/" + name, "missing");
      }
    }
  }

  private static JsonNode field(JsonNode parent, String path, String name) {
    JsonNode n = parent.get(name);
    if (n == null) {
      throw new PackageFormatException(path + "/" + name, "missing");
    }
    return n;
  }

  private static JsonNode object(JsonNode parent, String path, String name) {
    JsonNode n = field(parent, path, name);
    if (!n.isObject()) {
      throw new PackageFormatException(path + "/" + name, "not an object");
    }
    return n;
  }

  private static JsonNode array(JsonNode parent, String path, String name, int min, int max) {
    JsonNode n = field(parent, path, name);
    if (!n.isArray()) {
      throw new PackageFormatException(path + "/" + name, "not an array");
    }
    if (n.size() < min || n.size() > max) {
      throw new PackageFormatException(
          path + "/" + name, n.size() + " entries, not within " + min + ".." + max);
    }
    return n;
  }

  private static String text(JsonNode parent, String path, String name) {
    JsonNode n = field(parent, path, name);
    if (!n.isTextual()) {
      throw new PackageFormatException(path + "/" + name, "not a string");
    }
    return n.textValue();
  }

  private static long integer(JsonNode parent, String path, String name, long min, long max) {
    JsonNode n = field(parent, path, name);
    String where = path + "/" + name;
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw new PackageFormatException(where, "not an integer");
    }
    long v = n.longValue();
    if (v < min || v > max) {
      throw new PackageFormatException(where, v + " is not within " + min + ".." + max);
    }
    return v;
  }

  private static Bytes32 bytes32(JsonNode parent, String path, String name) {
    return toBytes32(field(parent, path, name), path + "/" + name);
  }

  private static Bytes32 toBytes32(JsonNode n, String where) {
    byte[] b = hex(n, where);
    if (b.length != 32) {
      throw new PackageFormatException(where, "32 bytes expected, got " + b.length);
    }
    return Bytes32.of(b);
  }

  private static Address address(JsonNode parent, String path, String name) {
    String where = path + "/" + name;
    byte[] b = hex(field(parent, path, name), where);
    if (b.length != 20) {
      throw new PackageFormatException(where, "20 bytes expected, got " + b.length);
    }
    return Address.of(b);
  }

  private static byte[] bytes(JsonNode parent, String path, String name) {
    return hex(field(parent, path, name), path + "/" + name);
  }

  /** {@code 0x} and an even number of hex digits (either case). */
  private static byte[] hex(JsonNode n, String where) {
    if (n == null || !n.isTextual()) {
      throw new PackageFormatException(where, "not a hex string");
    }
    String s = n.textValue();
    if (!s.startsWith("0x") || s.length() % 2 != 0 || !isHexDigits(s, 2)) {
      throw new PackageFormatException(where, "not 0x-prefixed hex bytes");
    }
    return HEX.parseHex(s, 2, s.length());
  }

  /** A JSON-RPC quantity: {@code 0x0}, or {@code 0x} and hex digits without a leading zero. */
  private static byte[] quantity(JsonNode n, String where) {
    if (n == null || !n.isTextual()) {
      throw new PackageFormatException(where, "not a hex quantity string");
    }
    String s = n.textValue();
    if (!s.startsWith("0x") || s.length() < 3 || !isHexDigits(s, 2)) {
      throw new PackageFormatException(where, "not a 0x-prefixed hex quantity");
    }
    if (s.length() > 3 && s.charAt(2) == '0') {
      throw new PackageFormatException(where, "a quantity with a leading zero");
    }
    if (s.length() > 2 + 64) {
      throw new PackageFormatException(where, "a quantity wider than 256 bits");
    }
    return Rlp.minimalBytes(new BigInteger(s.substring(2), 16));
  }

  private static boolean isHexDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  // ================================================================== writing

  public static byte[] write(PackageContents p) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("chainId", p.chainId());
    root.put("registry", p.registry().toHex());
    root.set("item", writeItem(p.item()));

    ObjectNode receipt = root.putObject("receipt");
    receipt.put("transactionIndex", p.transactionIndex());
    receipt.put("logIndex", p.logIndex());
    receipt.put("encoded", hex(p.receipt()));
    ArrayNode proof = receipt.putArray("proof");
    for (byte[] node : p.receiptProof()) {
      proof.add(hex(node));
    }

    ObjectNode block = root.putObject("block");
    block.put("hash", p.blockHash().toHex());
    block.put("hashScheme", p.hashScheme().jsonName());
    ObjectNode header = block.putObject("header");
    for (BlockHeader.Field field : p.header().fields()) {
      byte[] v = p.header().get(field);
      header.put(
          field.jsonName(),
          field.kind() == BlockHeader.Kind.QUANTITY
              ? "0x" + new BigInteger(1, v).toString(16)
              : hex(v));
    }
    try {
      String text = JSON.writer(PRETTY).writeValueAsString(root) + "\n";
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
  }

  private static ObjectNode writeItem(PackagedItem item) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (item instanceof PackagedItem.Deposit d) {
      node.put("type", "deposit");
      EvidenceRecord r = d.record();
      ObjectNode record = node.putObject("record");
      record.put("caseId", r.caseId().toHex());
      record.put("contentSha256", r.contentSha256().toHex());
      record.put("contentSm3", r.contentSm3().toHex());
      record.put("kind", r.kind());
      record.put("blobRef", r.blobRef().toHex());
      record.put("metadataHash", r.metadataHash().toHex());
      record.put("depositor", r.depositor().toHex());
      record.put("depositedAt", r.depositedAt().getEpochSecond());
      record.put("supersedes", r.supersedes().toHex());
    } else {
      PackagedItem.BatchItem b = (PackagedItem.BatchItem) item;
      node.put("type", "batch");
      BatchLeaf l = b.leaf();
      ObjectNode leaf = node.putObject("leaf");
      leaf.put("caseId", l.caseId().toHex());
      leaf.put("contentSha256", l.contentSha256().toHex());
      leaf.put("contentSm3", l.contentSm3().toHex());
      leaf.put("kind", l.kind());
      leaf.put("blobRef", l.blobRef().toHex());
      leaf.put("metadataHash", l.metadataHash().toHex());
      ArrayNode proof = node.putArray("merkleProof");
      for (Bytes32 sibling : b.merkleProof()) {
        proof.add(sibling.toHex());
      }
      AnchoredBatch a = b.batch();
      ObjectNode batch = node.putObject("batch");
      batch.put("root", a.root().toHex());
      batch.put("department", a.department().toHex());
      batch.put("anchorer", a.anchorer().toHex());
      batch.put("itemCount", a.itemCount());
      batch.put("manifestRef", a.manifestRef().toHex());
      batch.put("metadataHash", a.metadataHash().toHex());
      batch.put("anchoredAt", a.anchoredAt().getEpochSecond());
    }
    return node;
  }

  private static String hex(byte[] bytes) {
    return "0x" + HEX.formatHex(bytes).toLowerCase(Locale.ROOT);
  }
}
