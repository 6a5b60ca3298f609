package cn.yunxi.cli.dev;

import cn.yunxi.sdk.ContractAddresses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A deployed consortium: what {@link Deployer#deploy} returns and is given back on the next run.
 * Mirrors {@code cn.yunxi.network.deploy.Deployment} field for field (and its JSON), so that the
 * adapter to the real deployer converts without loss.
 *
 * @param chainId the chain it is on
 * @param contracts the five contracts
 * @param deployedAtBlock the block of the first contract: where an indexer starts reading
 */
public record Deployment(long chainId, ContractAddresses contracts, long deployedAtBlock) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code {"chainId":…,"contracts":{"consortium":"0x…",…},"deployedAtBlock":…}}. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("chainId", chainId);
    root.set("contracts", contractsJson(contracts));
    root.put("deployedAtBlock", deployedAtBlock);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses what {@link #toJson()} wrote. */
  public static Deployment fromJson(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      JsonNode c = root.required("contracts");
      return new Deployment(
          root.required("chainId").asLong(),
          ContractAddresses.fromHex(
              c.required("consortium").asText(),
              c.required("cases").asText(),
              c.required("evidence").asText(),
              c.required("letters").asText(),
              c.required("requests").asText()),
          root.required("deployedAtBlock").asLong());
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a deployment: " + e.getMessage(), e);
    }
  }

  /** The five addresses as the indexer's contracts file has them. */
  public static ObjectNode contractsJson(ContractAddresses contracts) {
    ObjectNode c = JSON.createObjectNode();
    c.put("consortium", contracts.consortium().toString());
    c.put("cases", contracts.cases().toString());
    c.put("evidence", contracts.evidence().toString());
    c.put("letters", contracts.letters().toString());
    c.put("requests", contracts.requests().toString());
    return c;
  }
}
