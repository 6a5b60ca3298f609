package cn.yunxi.cli.letter;

import cn.yunxi.cli.user.Groups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yunxi letter …}: electronic introduction letters (电子介绍信), issued by a bureau office. */
@Command(
    name = "letter",
    mixinStandardHelpOptions = true,
    description = "Electronic introduction letters (电子介绍信): issue, show, list, revoke.",
    subcommands = {
      LetterIssueCommand.class,
      LetterShowCommand.class,
      LetterListCommand.class,
      LetterRevokeCommand.class
    })
public final class LetterCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw Groups.missingCommand(spec);
  }
}
