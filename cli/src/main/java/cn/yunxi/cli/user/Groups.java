package cn.yunxi.cli.user;

import cn.yunxi.cli.CliException;
import picocli.CommandLine.Model.CommandSpec;

/** What a command group ({@code yunxi case}, {@code yunxi evidence} …) does when run alone. */
public final class Groups {
  private Groups() {}

  /** A usage failure listing the group's commands. */
  public static CliException missingCommand(CommandSpec spec) {
    return CliException.usage(
        "`yunxi "
            + spec.qualifiedName(" ").replaceFirst("^yunxi ", "")
            + "` needs a command: "
            + String.join(
                ", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList())
            + " (see --help)");
  }
}
