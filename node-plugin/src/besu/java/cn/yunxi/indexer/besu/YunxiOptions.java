package cn.yunxi.indexer.besu;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The plugin's {@code --plugin-yunxi-*} options. Besu mixes this object into its own command line
 * during {@code register()} and fills the fields when it parses its arguments and config file,
 * which happens after registration: read them in {@code start()}, never in {@code register()}.
 */
public final class YunxiOptions {
  /** Besu requires every option of a plugin registered under this name to start with it. */
  static final String NAMESPACE = "yunxi";

  static final int DEFAULT_QUEUE_CAPACITY = 1024;

  @Option(
      names = "--plugin-yunxi-enabled",
      arity = "1",
      paramLabel = "<BOOLEAN>",
      description = "Run the Yunxi indexer inside this node (default: ${DEFAULT-VALUE})")
  private boolean enabled = false;

  @Option(
      names = "--plugin-yunxi-data-path",
      paramLabel = "<PATH>",
      description = "Directory of the indexer's RocksDB store (default: <data-path>/yunxi-index)")
  private Path dataPath;

  @Option(
      names = "--plugin-yunxi-contracts",
      paramLabel = "<FILE or 5 ADDRESSES>",
      description =
          "The five Yunxi contracts: a properties file (consortium=, cases=, evidence=, letters=,"
              + " requests=) or five comma-separated addresses in that order")
  private String contracts;

  @Option(
      names = "--plugin-yunxi-http-port",
      paramLabel = "<PORT>",
      description = "Port of the indexer's HTTP query API, 0 for none (default: ${DEFAULT-VALUE})")
  private int httpPort = 0;

  @Option(
      names = "--plugin-yunxi-queue-capacity",
      paramLabel = "<BLOCKS>",
      description =
          "Blocks buffered between Besu's block import and the indexer; when full the indexer"
              + " re-reads from the chain instead (default: ${DEFAULT-VALUE})")
  private int queueCapacity = DEFAULT_QUEUE_CAPACITY;

  public boolean enabled() {
    return enabled;
  }

  /** The configured store directory, if one was given. */
  public Optional<Path> dataPath() {
    return Optional.ofNullable(dataPath);
  }

  /** The raw {@code --plugin-yunxi-contracts} value, if given; see {@link ContractsOption}. */
  public Optional<String> contracts() {
    return Optional.ofNullable(contracts).filter(s -> !s.isBlank());
  }

  public int httpPort() {
    return httpPort;
  }

  public int queueCapacity() {
    return queueCapacity;
  }

  /**
   * Checks the values that picocli cannot: called in {@code start()} so that a bad value stops the
   * plugin with a message naming the option.
   *
   * @throws IllegalArgumentException naming the offending option
   */
  void validate() {
    if (contracts().isEmpty()) {
      throw new IllegalArgumentException(
          "--plugin-yunxi-contracts is required when --plugin-yunxi-enabled=true");
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException(
          "--plugin-yunxi-queue-capacity must be at least 1: " + queueCapacity);
    }
    if (httpPort < 0 || httpPort > 65_535) {
      throw new IllegalArgumentException("--plugin-yunxi-http-port out of range: " + httpPort);
    }
  }
}
