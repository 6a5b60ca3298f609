package cn.yunxi.cli.dev;

import cn.yunxi.cli.RepositoryRoot;
import java.nio.file.Path;

/**
 * Where the dev consortium keeps its state: {@code <home>/dev/}, home being {@code --home}, else
 * {@code $YUNXI_HOME}, else the repository's git-ignored {@code .yunxi/}. Every file the dev
 * commands read or write is named here, so that the layout is in one place.
 */
public record DevHome(Path home) {

  /** The home directory chosen by {@code option} (may be null), the environment or the default. */
  public static DevHome resolve(Path option) {
    if (option != null) {
      return new DevHome(option.toAbsolutePath().normalize());
    }
    String env = System.getenv("YUNXI_HOME");
    if (env != null && !env.isBlank()) {
      return new DevHome(Path.of(env).toAbsolutePath().normalize());
    }
    return new DevHome(RepositoryRoot.find().resolve(".yunxi"));
  }

  /** The dev chain's directory. */
  public Path dir() {
    return home.resolve("dev");
  }

  /** What {@code dev up} wrote for users and scripts: endpoints, addresses, dev keys, tokens. */
  public Path devJson() {
    return dir().resolve("dev.json");
  }

  /** The deployment (chain id, contracts, block), given back to the deployer on every run. */
  public Path deploymentJson() {
    return dir().resolve("deployment.json");
  }

  /** The five addresses, in the form the indexer reads. */
  public Path contractsJson() {
    return dir().resolve("contracts.json");
  }

  /** The indexers' API tokens: one per department and one for the auditor. */
  public Path tokensJson() {
    return dir().resolve("tokens.json");
  }

  /** Anvil's chain state, written when it stops and loaded when it starts. */
  public Path anvilState() {
    return dir().resolve("anvil-state.json");
  }

  /** The pid file of a detached process. */
  public Path pidFile(String process) {
    return dir().resolve("pids").resolve(process + ".pid");
  }

  /** The log of a detached process. */
  public Path log(String process) {
    return dir().resolve("logs").resolve(process + ".log");
  }

  /** A department's blob directory, served by its gateway. */
  public Path blobs(String departmentCode) {
    return dir().resolve("blobs").resolve(departmentCode);
  }

  /** A department's index (RocksDB). */
  public Path index(String departmentCode) {
    return dir().resolve("index").resolve(departmentCode);
  }

  /** All indexes: wiped when the contracts change (the old index describes other contracts). */
  public Path indexes() {
    return dir().resolve("index");
  }
}
