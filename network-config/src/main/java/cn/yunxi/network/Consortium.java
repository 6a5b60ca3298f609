package cn.yunxi.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A consortium as described by {@code consortium.yaml}: the chain, its departments with their
 * nodes, keys and members, and the settings of the dev chain and the indexer plugin. Built by
 * {@link ConsortiumLoader}, which validates it; immutable.
 *
 * @param name a short name for the consortium, e.g. {@code jiangbei}
 * @param chain consensus and genesis parameters
 * @param devChain how the local Anvil chain mirrors it
 * @param plugin the indexer plugin's options in each node
 * @param departments the member departments, in file order
 */
public record Consortium(
    String name,
    Chain chain,
    DevChain devChain,
    PluginSettings plugin,
    List<Department> departments) {

  public Consortium {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(devChain, "devChain");
    Objects.requireNonNull(plugin, "plugin");
    departments = List.copyOf(departments);
  }

  /** Every node, department by department, in file order. */
  public List<Node> nodes() {
    return departments.stream().flatMap(d -> d.nodes().stream()).toList();
  }

  /** The genesis validators, in file order. */
  public List<Node> validators() {
    return nodes().stream().filter(Node::validator).toList();
  }

  /** The department with {@code code}, if any. */
  public Optional<Department> department(String code) {
    return departments.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** The department that runs {@code node}. */
  public Department departmentOf(Node node) {
    return departments.stream()
        .filter(d -> d.nodes().contains(node))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a node of " + name + ": " + node));
  }
}
