package cn.yunxi.network.internal;

import cn.yunxi.network.Consortium;
import cn.yunxi.network.Node;
import cn.yunxi.network.PluginSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A node's Besu {@code config.toml}. Every key is a Besu 26 command-line option without its leading
 * dashes (checked against Besu's sources: BesuCommand, P2PDiscoveryOptions, PermissionsOptions,
 * JsonRpcHttpOptions, RpcWebsocketOptions, MiningOptions, DataStorageOptions,
 * TransactionPoolOptions) or one of the Yunxi plugin's {@code plugin-yunxi-*} options. Besu refuses
 * to start on an unknown key, so nothing here is speculative.
 */
final class ConfigToml {
  /** The JSON-RPC namespaces the department's systems and operators need; never ADMIN or DEBUG. */
  static final List<String> BESU_APIS = List.of("ETH", "NET", "QBFT", "WEB3", "TXPOOL");

  /** The namespace the Yunxi plugin registers its {@code yunxi_*} methods under. */
  static final String YUNXI_API = "YUNXI";

  static final String DATA_DIR = "data";
  static final String PERMISSIONS_FILE = DATA_DIR + "/permissions_config.toml";

  private ConfigToml() {}

  static String render(Consortium consortium, NodeIdentity self, List<String> bootnodes) {
    Node node = self.node();
    PluginSettings plugin = consortium.plugin();
    List<String> apis = new ArrayList<>(BESU_APIS);
    if (plugin.installed()) {
      apis.add(YUNXI_API);
    }
    StringBuilder out = new StringBuilder();
    out.append("# Besu 26.x configuration of node ")
        .append(node.name())
        .append(" — ")
        .append(Toml.comment(self.department().name()))
        .append(" (")
        .append(self.department().code())
        .append(node.validator() ? "), a QBFT validator.\n" : "), not a validator.\n");
    out.append("# Consortium ")
        .append(Toml.comment(consortium.name()))
        .append(", chain id ")
        .append(consortium.chain().chainId())
        .append(". Generated from consortium.yaml by yunxi-network-config:\n");
    out.append("# change the YAML and regenerate rather than editing this file.\n");
    out.append("# Relative paths are relative to this directory: start.sh runs Besu from here.\n");
    out.append('\n');
    out.append("genesis-file=").append(Toml.string("../genesis.json")).append('\n');
    out.append("# Holds the node key (data/key), the chain database and the node allowlist.\n");
    out.append("data-path=").append(Toml.string(DATA_DIR)).append('\n');
    out.append("# As Besu's ENTERPRISE profile: full block-by-block sync, Forest state storage.\n");
    out.append("sync-mode=\"FULL\"\n");
    out.append("data-storage-format=\"FOREST\"\n");
    out.append('\n');
    out.append("# Peer-to-peer. This node's own enode is in ./enode.\n");
    out.append("p2p-host=").append(Toml.string(node.host())).append('\n');
    out.append("p2p-port=").append(node.p2pPort()).append('\n');
    out.append("bootnodes=").append(Toml.multilineArray(bootnodes)).append('\n');
    out.append("# Only consortium nodes may connect: the allowlist holds every node's enode.\n");
    out.append("permissions-nodes-config-file-enabled=true\n");
    out.append("permissions-nodes-config-file=").append(Toml.string(PERMISSIONS_FILE)).append('\n');
    out.append('\n');
    out.append("# Free gas: the genesis sets zeroBaseFee, and every node must accept a zero gas\n");
    out.append(
        "# price (a node with a higher minimum silently drops the consortium's transactions).\n");
    out.append("min-gas-price=0\n");
    out.append(
        "# First come, first served (ENTERPRISE profile): with free gas there is no price to\n");
    out.append("# order transactions by.\n");
    out.append("tx-pool=\"SEQUENCED\"\n");
    out.append('\n');
    out.append("# JSON-RPC for the department's systems (the Yunxi SDK) and its operators.\n");
    out.append("rpc-http-enabled=true\n");
    out.append("rpc-http-host=").append(Toml.string(node.rpcHost())).append('\n');
    out.append("rpc-http-port=").append(node.rpcPort()).append('\n');
    out.append("rpc-http-api=").append(Toml.inlineArray(apis)).append('\n');
    out.append("rpc-ws-enabled=true\n");
    out.append("rpc-ws-host=").append(Toml.string(node.rpcHost())).append('\n');
    out.append("rpc-ws-port=").append(node.wsPort()).append('\n');
    out.append("rpc-ws-api=").append(Toml.inlineArray(apis)).append('\n');
    out.append("# Host names JSON-RPC clients may address this node by (the HTTP Host header).\n");
    out.append("host-allowlist=").append(Toml.inlineArray(hostAllowlist(node))).append('\n');
    out.append(
        "# Receipts carry revert reasons, which the SDK decodes into the contracts' errors.\n");
    out.append("revert-reason-enabled=true\n");
    if (plugin.installed()) {
      out.append('\n');
      out.append("# The Yunxi indexer plugin: yunxi-node-plugin-*-besu.jar in Besu's plugins/\n");
      out.append("# directory. Without it Besu rejects these options and the YUNXI API above.\n");
      if (!plugin.enabled()) {
        out.append("# Set plugin-yunxi-enabled=true once the contracts are deployed and the\n");
        out.append("# contracts file below exists.\n");
      }
      out.append("plugin-yunxi-enabled=").append(plugin.enabled()).append('\n');
      out.append("plugin-yunxi-data-path=")
          .append(Toml.string(DATA_DIR + "/yunxi-index"))
          .append('\n');
      out.append("plugin-yunxi-contracts=").append(Toml.string(plugin.contracts())).append('\n');
      out.append("plugin-yunxi-queue-capacity=").append(plugin.queueCapacity()).append('\n');
    }
    return out.toString();
  }

  /**
   * localhost always; the node's own address too when JSON-RPC listens beyond the machine, since
   * the department's systems then call it by that address.
   */
  private static List<String> hostAllowlist(Node node) {
    Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
    if (!node.rpcHost().equals(Node.LOCAL_RPC_HOST)) {
      hosts.add(Hosts.isUnspecified(node.rpcHost()) ? node.host() : node.rpcHost());
    }
    return List.copyOf(hosts);
  }
}
