package cn.yunxi.indexer;

import cn.yunxi.sdk.ContractAddresses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the five contract addresses from JSON: {@code {"consortium":"0x…","cases":"0x…",
 * "evidence":"0x…","letters":"0x…","requests":"0x…"}}, at the top level or under {@code
 * "contracts"} (so a dev chain's {@code dev.json} can be given as it is).
 */
final class ContractsFile {
  private static final String[] NAMES = {"consortium", "cases", "evidence", "letters", "requests"};

  private ContractsFile() {}

  static ContractAddresses read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot read the contracts file " + file + ": " + e.getMessage(), e);
    }
    JsonNode node = root != null && root.has("contracts") ? root.get("contracts") : root;
    String[] hex = new String[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      JsonNode value = node == null ? null : node.get(NAMES[i]);
      if (value == null || !value.isTextual()) {
        throw new IllegalArgumentException(
            file + ": no address for \"" + NAMES[i] + "\" (expected 0x and 40 hex digits)");
      }
      hex[i] = value.asText();
    }
    try {
      return ContractAddresses.fromHex(hex[0], hex[1], hex[2], hex[3], hex[4]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
