package cn.yunxi.demo;

import cn.yunxi.network.Consortium;
import cn.yunxi.network.deploy.KeyResolver;
import cn.yunxi.sdk.ContractAddresses;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A running dev consortium the demo plays in: the chain, the deployed contracts, the consortium
 * model with the keys its {@code seed:} references open, and each department's indexer and gateway.
 *
 * @param rpcUrl the node's JSON-RPC URL
 * @param chainId the chain id
 * @param contracts the five contract addresses
 * @param consortium the loaded consortium (departments, members, keys)
 * @param keys opens the consortium's key references (members, seals, encryption keys)
 * @param departments department code → its indexer, token, gateway and blob directory
 * @param auditorToken a bearer token that sees everything (the supervisor's)
 * @param consoleUrl the auditor console to leave the user with
 */
public record DemoEnvironment(
    String rpcUrl,
    long chainId,
    ContractAddresses contracts,
    Consortium consortium,
    KeyResolver keys,
    Map<String, DepartmentNode> departments,
    String auditorToken,
    URI consoleUrl) {
  public DemoEnvironment {
    Objects.requireNonNull(rpcUrl, "rpcUrl");
    Objects.requireNonNull(contracts, "contracts");
    Objects.requireNonNull(consortium, "consortium");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(auditorToken, "auditorToken");
    Objects.requireNonNull(consoleUrl, "consoleUrl");
    // Kept in the caller's order: the order departments are listed in.
    departments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(departments));
  }

  /**
   * The node of department {@code code}.
   *
   * @throws IllegalStateException if the environment runs no indexer for it
   */
  public DepartmentNode department(String code) {
    DepartmentNode node = departments.get(code);
    if (node == null) {
      throw new IllegalStateException(
          "no indexer runs for department " + code + " (running: " + departments.keySet() + ")");
    }
    return node;
  }
}
