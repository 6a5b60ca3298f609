package cn.yunxi.network.internal;

import cn.yunxi.network.Consortium;
import cn.yunxi.network.Department;
import cn.yunxi.network.Node;
import cn.yunxi.network.NodeKeys;
import cn.yunxi.network.QbftExtraData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a generated network consists of, computed in memory before anything touches the disk:
 * node identities, the genesis {@code extraData}, and each file's path, content and mode.
 *
 * <pre>
 * genesis.json
 * &lt;node&gt;/config.toml
 * &lt;node&gt;/start.sh                      (0755)
 * &lt;node&gt;/enode
 * &lt;node&gt;/data/                         (0700)
 * &lt;node&gt;/data/key                      (0600; absent when the YAML gives the node's public key)
 * &lt;node&gt;/data/key.pub
 * &lt;node&gt;/data/permissions_config.toml
 * </pre>
 */
public final class NetworkPlan {
  /** How an entry is written. */
  public enum Kind {
    /** A directory only its owner may enter (the network root, a node's data directory). */
    PRIVATE_DIRECTORY,
    DIRECTORY,
    /** Readable by its owner only, created so from the first byte: {@code rw-------}. */
    PRIVATE_KEY,
    EXECUTABLE,
    FILE
  }

  /** One entry, its path relative to the network's directory ({@code /}-separated). */
  public record Entry(String path, Kind kind, byte[] content) {
    public Entry {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  private final List<NodeIdentity> identities;
  private final QbftExtraData extraData;
  private final List<Entry> entries;

  private NetworkPlan(List<NodeIdentity> identities, QbftExtraData extraData, List<Entry> entries) {
    this.identities = List.copyOf(identities);
    this.extraData = extraData;
    this.entries = List.copyOf(entries);
  }

  /** The network for {@code consortium}, which must be valid, with node keys from {@code keys}. */
  public static NetworkPlan of(Consortium consortium, NodeKeys keys) {
    List<NodeIdentity> identities = new ArrayList<>();
    for (Department department : consortium.departments()) {
      for (Node node : department.nodes()) {
        identities.add(NodeIdentity.of(node, department, keys));
      }
    }
    QbftExtraData extraData =
        QbftExtraData.genesis(
            identities.stream()
                .filter(i -> i.node().validator())
                .map(NodeIdentity::address)
                .toList());
    List<String> allEnodes = identities.stream().map(NodeIdentity::enode).toList();
    String permissions = PermissionsToml.render(consortium.name(), allEnodes);

    List<Entry> entries = new ArrayList<>();
    entries.add(text("genesis.json", Kind.FILE, GenesisJson.render(consortium.chain(), extraData)));
    for (NodeIdentity self : identities) {
      String dir = self.node().name() + "/";
      // Validators are the stable core every node (validators included) bootstraps from.
      List<String> bootnodes =
          identities.stream()
              .filter(i -> i.node().validator() && i != self)
              .map(NodeIdentity::enode)
              .toList();
      entries.add(new Entry(self.node().name(), Kind.DIRECTORY, new byte[0]));
      entries.add(
          text(dir + "config.toml", Kind.FILE, ConfigToml.render(consortium, self, bootnodes)));
      entries.add(
          text(dir + "start.sh", Kind.EXECUTABLE, StartScript.render(consortium.name(), self)));
      entries.add(text(dir + "enode", Kind.FILE, self.enode() + "\n"));
      entries.add(new Entry(dir + "data", Kind.PRIVATE_DIRECTORY, new byte[0]));
      // Besu's own formats: one line, 0x-prefixed hex, no newline (KeyPairUtil).
      self.privateKeyHex()
          .ifPresent(key -> entries.add(text(dir + "data/key", Kind.PRIVATE_KEY, key)));
      entries.add(text(dir + "data/key.pub", Kind.FILE, self.publicKeyHex()));
      entries.add(text(dir + ConfigToml.PERMISSIONS_FILE, Kind.FILE, permissions));
    }
    return new NetworkPlan(identities, extraData, entries);
  }

  private static Entry text(String path, Kind kind, String content) {
    return new Entry(path, kind, content.getBytes(StandardCharsets.UTF_8));
  }

  public List<NodeIdentity> identities() {
    return identities;
  }

  public QbftExtraData extraData() {
    return extraData;
  }

  /** Entries in writing order: every directory before what it holds. */
  public List<Entry> entries() {
    return entries;
  }
}
