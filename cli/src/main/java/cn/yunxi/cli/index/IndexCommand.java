package cn.yunxi.cli.index;

import cn.yunxi.cli.user.Groups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yunxi index serve}: the indexer in the foreground. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "The indexer: follows a node into RocksDB, serves the query API, console and gateway.",
    subcommands = {IndexServeCommand.class})
public final class IndexCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw Groups.missingCommand(spec);
  }
}
