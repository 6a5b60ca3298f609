package cn.yunxi.network.deploy;

import cn.yunxi.sdk.ContractAddresses;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Where a consortium's contracts were deployed: the chain, the five addresses and the block of the
 * first deployment (where an indexer starts reading). Saved as JSON between runs, so a later run
 * reuses the contracts and completes an interrupted bootstrap:
 *
 * <pre>{@code
 * {
 *   "chainId" : 20261128,
 *   "deployedAtBlock" : 1,
 *   "contracts" : {
 *     "consortium" : "0x…", "cases" : "0x…", "evidence" : "0x…", "letters" : "0x…", "requests" : "0x…"
 *   }
 * }
 * }</pre>
 *
 * The indexer's {@code --contracts} reads the {@code "contracts"} object.
 *
 * @param chainId the chain's EIP-155 id
 * @param contracts the five contract addresses
 * @param deployedAtBlock the block holding the Consortium contract's creation
 */
public record Deployment(long chainId, ContractAddresses contracts, long deployedAtBlock) {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] NAMES = {"consortium", "cases", "evidence", "letters", "requests"};

  public Deployment {
    Objects.requireNonNull(contracts, "contracts");
    if (chainId <= 0) {
      throw new IllegalArgumentException("chainId must be ≥ 1: " + chainId);
    }
    if (deployedAtBlock < 0) {
      throw new IllegalArgumentException("deployedAtBlock must be ≥ 0: " + deployedAtBlock);
    }
  }

  /** The JSON form above (pretty-printed, addresses in lower case). */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("chainId", chainId);
    root.put("deployedAtBlock", deployedAtBlock);
    ObjectNode addresses = root.putObject("contracts");
    for (int i = 0; i < NAMES.length; i++) {
      addresses.put(NAMES[i], contracts.all().get(i).toHex());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a tree of strings and numbers", e);
    }
  }

  /**
   * Reads the JSON form.
   *
   * @throws DeploymentException naming the missing or malformed field
   */
  public static Deployment fromJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DeploymentException("deployment file is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new DeploymentException("deployment file must be a JSON object");
    }
    long chainId = number(root, "chainId");
    long block = number(root, "deployedAtBlock");
    JsonNode contracts = root.get("contracts");
    if (contracts == null || !contracts.isObject()) {
      throw new DeploymentException("deployment file has no \"contracts\" object");
    }
    String[] hex = new String[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      JsonNode value = contracts.get(NAMES[i]);
      if (value == null || !value.isTextual()) {
        throw new DeploymentException("deployment file has no address \"contracts\"." + NAMES[i]);
      }
      hex[i] = value.asText();
    }
    try {
      return new Deployment(
          chainId, ContractAddresses.fromHex(hex[0], hex[1], hex[2], hex[3], hex[4]), block);
    } catch (IllegalArgumentException e) {
      throw new DeploymentException("deployment file is invalid: " + e.getMessage(), e);
    }
  }

  private static long number(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
      throw new DeploymentException("deployment file has no whole number \"" + field + "\"");
    }
    return value.asLong();
  }
}
