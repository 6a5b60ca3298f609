package cn.yunxi.cli.evidence;

import cn.yunxi.cli.user.Groups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yunxi evidence …}: deposit (数据存证), look up, export and verify evidence. */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description =
        "Evidence (证据): deposit files encrypted, look them up, export and verify packages.",
    subcommands = {
      EvidenceDepositCommand.class,
      EvidenceDepositDirCommand.class,
      EvidenceVerifyCommand.class,
      EvidenceExportCommand.class,
      EvidenceVerifyPackageCommand.class
    })
public final class EvidenceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw Groups.missingCommand(spec);
  }
}
