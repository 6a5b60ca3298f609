package cn.yunxi.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bearer tokens of the dev consortium's indexers: one per department and one auditor token, in
 * the indexer's {@code tokens.json} format. Kept in the work directory so that a restarted
 * environment (and a browser tab on the console) keeps its tokens.
 *
 * @param byDepartment department code → its token
 * @param auditor the token that sees everything
 */
record ApiTokens(Map<String, String> byDepartment, String auditor) {
  private static final String AUDITOR_NAME = "audit";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The tokens in {@code file}, completed with new ones for departments it lacks, and saved. */
  static ApiTokens loadOrCreate(Path file, Collection<String> departments) throws IOException {
    Map<String, String> tokens = new LinkedHashMap<>();
    String auditor = null;
    if (Files.exists(file)) {
      for (JsonNode t : JSON.readTree(file.toFile()).path("tokens")) {
        if (t.path("auditor").asBoolean(false)) {
          auditor = t.path("token").asText();
        } else {
          tokens.put(t.path("department").asText(), t.path("token").asText());
        }
      }
    }
    for (String code : departments) {
      tokens.computeIfAbsent(code, c -> fresh());
    }
    ApiTokens result = new ApiTokens(tokens, auditor != null ? auditor : fresh());
    result.write(file);
    return result;
  }

  private void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("tokens");
    byDepartment.forEach(
        (code, token) ->
            list.addObject().put("name", code).put("token", token).put("department", code));
    list.addObject().put("name", AUDITOR_NAME).put("token", auditor).put("auditor", true);
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  private static String fresh() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "dev-" + HexFormat.of().formatHex(bytes);
  }
}
