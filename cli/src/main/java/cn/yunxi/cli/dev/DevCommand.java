package cn.yunxi.cli.dev;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code yunxi dev up | status | down}: the local dev consortium. */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = "The local dev consortium: Anvil, the contracts, one indexer per department.",
    subcommands = {DevUpCommand.class, DevStatusCommand.class, DevDownCommand.class})
public final class DevCommand {

  @Option(
      names = "--home",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "state directory (default: $YUNXI_HOME, else .yunxi/ in the repository)")
  Path home;

  /** The state directory chosen by {@code --home}, the environment or the default. */
  public DevHome home() {
    return DevHome.resolve(home);
  }
}
