package cn.yunxi.network;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link NetworkGenerator} wrote.
 *
 * @param directory the network's directory
 * @param genesisFile its {@code genesis.json}
 * @param extraData the genesis {@code extraData}: the validators, sorted
 * @param nodes every node, in the YAML file's order
 * @param warnings the consortium's validation warnings (e.g. fewer than four validators)
 */
public record GeneratedNetwork(
    Path directory,
    Path genesisFile,
    QbftExtraData extraData,
    List<GeneratedNode> nodes,
    List<ValidationWarning> warnings) {

  public GeneratedNetwork {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(genesisFile, "genesisFile");
    Objects.requireNonNull(extraData, "extraData");
    nodes = List.copyOf(nodes);
    warnings = List.copyOf(warnings);
  }

  /** The validators among {@link #nodes()}. */
  public List<GeneratedNode> validators() {
    return nodes.stream().filter(GeneratedNode::validator).toList();
  }
}
