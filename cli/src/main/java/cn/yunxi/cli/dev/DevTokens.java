package cn.yunxi.cli.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexers' bearer tokens (node-plugin's token file): one per department, seeing its own cases
 * and requests, and {@value #AUDITOR} seeing everything. Existing tokens are kept, so a token a
 * user copied still works after {@code down}/{@code up}.
 */
public final class DevTokens {
  /** The name of the auditor's token. */
  public static final String AUDITOR = "audit";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private DevTokens() {}

  /** Reads {@code file}, adds a token for each missing name, writes it back (0600). */
  public static Map<String, String> ensure(Path file, List<String> departments) throws IOException {
    Map<String, String> tokens = new LinkedHashMap<>();
    if (Files.isRegularFile(file)) {
      for (JsonNode t : JSON.readTree(file.toFile()).path("tokens")) {
        tokens.put(t.path("name").asText(), t.path("token").asText());
      }
    }
    tokens.computeIfAbsent(AUDITOR, n -> fresh());
    for (String code : departments) {
      tokens.computeIfAbsent(code, n -> fresh());
    }
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("tokens");
    for (Map.Entry<String, String> e : tokens.entrySet()) {
      ObjectNode t = list.addObject();
      t.put("name", e.getKey());
      t.put("token", e.getValue());
      if (e.getKey().equals(AUDITOR)) {
        t.put("auditor", true);
      } else {
        t.put("department", e.getKey());
      }
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(
        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return tokens;
  }

  private static String fresh() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
