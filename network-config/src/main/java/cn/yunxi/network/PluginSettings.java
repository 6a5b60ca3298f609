package cn.yunxi.network;

import java.util.Objects;

/**
 * The Yunxi indexer plugin inside each Besu node (node-plugin's {@code -besu.jar} in Besu's {@code
 * plugins/} directory), written to {@code config.toml} as its {@code plugin-yunxi-*} options.
 *
 * @param installed whether the nodes have the plugin; when false the generated configuration has no
 *     {@code plugin-yunxi-*} options and no {@code YUNXI} JSON-RPC namespace, since Besu rejects
 *     both without the plugin
 * @param enabled {@code plugin-yunxi-enabled}: whether the indexer runs; it needs the contracts'
 *     addresses, which exist only once they are deployed, so a new network starts with it off
 * @param contracts {@code plugin-yunxi-contracts}: the contracts file (relative to the node's
 *     directory) or five comma-separated addresses
 * @param queueCapacity {@code plugin-yunxi-queue-capacity}: blocks buffered between Besu's block
 *     import and the indexer
 */
public record PluginSettings(
    boolean installed, boolean enabled, String contracts, int queueCapacity) {

  /** The defaults: installed, not yet enabled, the deployer's contracts file, 1024 blocks. */
  public static final PluginSettings DEFAULT =
      new PluginSettings(true, false, "yunxi-contracts.properties", 1024);

  public PluginSettings {
    Objects.requireNonNull(contracts, "contracts");
  }
}
