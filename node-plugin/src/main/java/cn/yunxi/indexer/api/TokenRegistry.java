package cn.yunxi.indexer.api;

import cn.yunxi.sdk.model.Bytes32;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The API's bearer tokens, from a JSON file — or a YAML one, if its name ends in {@code .yml} or
 * {@code .yaml}, with the same structure:
 *
 * <pre>{@code
 * {"tokens": [
 *   {"name": "traffic", "token": "…at least 16 characters…", "department": "JB-JJDD"},
 *   {"name": "enforcement", "sha256": "0x…", "department": "0x4a422d5a48585a5a46…"},
 *   {"name": "audit", "token": "…", "auditor": true}
 * ]}
 * }</pre>
 *
 * A token is given in clear ({@code token}) or as the SHA-256 of its UTF-8 bytes ({@code sha256},
 * so that the file need not hold the secret); a department as its code or 0x-hex id. Only SHA-256
 * digests are kept in memory, and a presented token is compared with every digest in constant time,
 * so neither a heap dump nor response timing gives a token away.
 */
public final class TokenRegistry {
  /** Shorter tokens are guessable; the file is refused. */
  public static final int MIN_TOKEN_LENGTH = 16;

  /** Longer presented tokens are refused before hashing (a cheap bound on work per request). */
  static final int MAX_TOKEN_LENGTH = 512;

  private final List<Entry> entries;

  private TokenRegistry(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads a token file.
   *
   * @throws IllegalArgumentException naming the entry at fault if the file is malformed
   * @throws IOException if it cannot be read
   */
  public static TokenRegistry load(Path file) throws IOException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml");
    ObjectMapper parser = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    JsonNode root;
    try {
      root = parser.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "token file "
              + file
              + " is not "
              + (yaml ? "YAML" : "JSON")
              + ": "
              + e.getOriginalMessage());
    }
    if (root == null || !root.path("tokens").isArray()) {
      throw new IllegalArgumentException(
          "token file " + file + " must be an object with a \"tokens\" array");
    }
    Builder builder = builder();
    int index = 0;
    for (JsonNode t : root.get("tokens")) {
      builder.add(parse(t, file + " tokens[" + index++ + "]"));
    }
    return builder.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The caller a presented token belongs to, if any. */
  public Optional<Caller> authenticate(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    byte[] digest = sha256(token);
    Caller found = null;
    // Every digest is compared, whether or not one matched already: constant time per registry.
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.sha256, digest)) {
        found = e.caller;
      }
    }
    return Optional.ofNullable(found);
  }

  /** How many tokens there are. */
  public int size() {
    return entries.size();
  }

  private static Entry parse(JsonNode t, String where) {
    if (!t.isObject()) {
      throw new IllegalArgumentException(where + ": not an object");
    }
    for (Iterator<String> names = t.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!Set.of("name", "token", "sha256", "department", "auditor").contains(field)) {
        throw new IllegalArgumentException(where + ": unknown field \"" + field + "\"");
      }
    }
    String name = t.path("name").asText("");
    if (name.isBlank()) {
      throw new IllegalArgumentException(where + ": \"name\" is required");
    }
    boolean auditor = t.path("auditor").asBoolean(false);
    boolean hasDepartment = t.hasNonNull("department");
    if (auditor == hasDepartment) {
      throw new IllegalArgumentException(
          where + " (" + name + "): give either \"department\" or \"auditor\": true");
    }
    Caller caller;
    try {
      caller =
          auditor
              ? Caller.auditor(name)
              : Caller.department(name, Departments.parse(t.get("department").asText()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + " (" + name + "): " + e.getMessage());
    }
    boolean clear = t.hasNonNull("token");
    boolean hashed = t.hasNonNull("sha256");
    if (clear == hashed) {
      throw new IllegalArgumentException(
          where + " (" + name + "): give either \"token\" or \"sha256\"");
    }
    try {
      return clear
          ? Entry.ofToken(t.get("token").asText(), caller)
          : Entry.ofDigest(t.get("sha256").asText(), caller);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + " (" + name + "): " + e.getMessage());
    }
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** One token: its digest and whom it stands for. */
  private record Entry(byte[] sha256, Caller caller) {
    static Entry ofToken(String token, Caller caller) {
      if (token.length() < MIN_TOKEN_LENGTH || token.length() > MAX_TOKEN_LENGTH) {
        throw new IllegalArgumentException(
            "a token must have " + MIN_TOKEN_LENGTH + " to " + MAX_TOKEN_LENGTH + " characters");
      }
      if (!token.equals(token.strip())) {
        throw new IllegalArgumentException("a token must not start or end with white space");
      }
      return new Entry(TokenRegistry.sha256(token), caller);
    }

    static Entry ofDigest(String hex, Caller caller) {
      String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
      if (!digits.matches("[0-9a-fA-F]{64}")) {
        throw new IllegalArgumentException("\"sha256\" must be 64 hex digits");
      }
      return new Entry(HexFormat.of().parseHex(digits), caller);
    }
  }

  /** Builds a registry in code (tests, embedding). */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> digests = new HashSet<>();

    private Builder() {}

    /** A department's token, in clear. */
    public Builder department(String name, String token, Bytes32 department) {
      return add(Entry.ofToken(token, Caller.department(name, department)));
    }

    /** An auditor's token, in clear. */
    public Builder auditor(String name, String token) {
      return add(Entry.ofToken(token, Caller.auditor(name)));
    }

    private Builder add(Entry e) {
      Objects.requireNonNull(e, "entry");
      if (!names.add(e.caller.name())) {
        throw new IllegalArgumentException("two tokens are named " + e.caller.name());
      }
      if (!digests.add(HexFormat.of().formatHex(e.sha256))) {
        throw new IllegalArgumentException(
            "token " + e.caller.name() + " is the same token as another one");
      }
      entries.add(e);
      return this;
    }

    public TokenRegistry build() {
      return new TokenRegistry(entries);
    }
  }
}
