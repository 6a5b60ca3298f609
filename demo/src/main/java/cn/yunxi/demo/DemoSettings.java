package cn.yunxi.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How {@link DemoEnvironments#start} brings a dev consortium up.
 *
 * @param rpc the running node's JSON-RPC URL (its chain id must be the consortium's)
 * @param consortiumFile the {@code consortium.yaml}, e.g. {@code
 *     network-config/examples/jiangbei.yaml}
 * @param workDirectory where the deployment file, tokens, indexes and blob directories live; reused
 *     by a later start against the same chain
 * @param departments the department codes to run an indexer for; empty: every department
 * @param firstPort the first indexer's port, the next ones counting up; 0: any free ports
 */
public record DemoSettings(
    URI rpc, Path consortiumFile, Path workDirectory, List<String> departments, int firstPort) {
  public DemoSettings {
    Objects.requireNonNull(rpc, "rpc");
    Objects.requireNonNull(consortiumFile, "consortiumFile");
    Objects.requireNonNull(workDirectory, "workDirectory");
    departments = List.copyOf(departments);
    if (firstPort < 0 || firstPort > 65_535) {
      throw new IllegalArgumentException("firstPort must be 0..65535: " + firstPort);
    }
  }

  /** Every department, on free ports. */
  public static DemoSettings of(URI rpc, Path consortiumFile, Path workDirectory) {
    return new DemoSettings(rpc, consortiumFile, workDirectory, List.of(), 0);
  }
}
