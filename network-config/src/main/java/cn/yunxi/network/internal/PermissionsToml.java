package cn.yunxi.network.internal;

import java.util.List;

/**
 * {@code permissions_config.toml}, Besu's local node allowlist: the enodes of every consortium
 * node, the same file on every node. Besu checks that the bootnodes are in it.
 */
final class PermissionsToml {
  private PermissionsToml() {}

  static String render(String consortiumName, List<String> enodes) {
    return "# Nodes allowed to connect: every node of consortium "
        + Toml.comment(consortiumName)
        + ". The same list on every node;\n"
        + "# to admit or remove a node, regenerate or edit it on all of them and restart.\n"
        + "nodes-allowlist="
        + Toml.multilineArray(enodes)
        + "\n";
  }
}
