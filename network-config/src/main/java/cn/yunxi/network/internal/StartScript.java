package cn.yunxi.network.internal;

/** A node's {@code start.sh}: runs Besu from the node's directory with its config.toml. */
final class StartScript {
  private StartScript() {}

  static String render(String consortiumName, NodeIdentity self) {
    String node = self.node().name();
    String keyCheck =
        self.privateKey().isPresent()
            ? "data/key is missing: restore this node's key (it is the node's identity)"
            : "data/key is missing: put this node's private key there (0x and 64 hex digits, mode"
                + " 0600), the one whose public key is data/key.pub";
    return "#!/bin/sh\n"
        + "# Starts Besu node "
        + node
        + " — "
        + Toml.comment(self.department().name())
        + " ("
        + self.department().code()
        + ") — of consortium "
        + Toml.comment(consortiumName)
        + ".\n"
        + "# Needs Besu 26.x, which runs on Java 21 or later: `besu` on the PATH, or\n"
        + "# BESU=/path/to/besu/bin/besu. Other arguments go to Besu: ./start.sh --logging=DEBUG\n"
        + "set -eu\n"
        + "cd \"$(dirname \"$0\")\"\n"
        + "# Without its key Besu would make a new one: a node no allowlist or validator set knows.\n"
        + "if [ ! -f data/key ]; then\n"
        + "  echo \""
        + keyCheck
        + "\" >&2\n"
        + "  exit 1\n"
        + "fi\n"
        + "exec \"${BESU:-besu}\" --config-file=config.toml \"$@\"\n";
  }
}
