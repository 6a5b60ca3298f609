package cn.yunxi.cli.cases;

import cn.yunxi.cli.user.Groups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yunxi case …}: the case lifecycle (立案 → 调查 → 处罚决定 → 缴款 / 非诉执行 → 结案). */
@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    description = "Cases (案件): open, follow, decide and close them.",
    subcommands = {
      CaseOpenCommand.class,
      CaseShowCommand.class,
      CaseListCommand.class,
      CaseSteps.Investigate.class,
      CaseSteps.Decide.class,
      CaseSteps.Pay.class,
      CaseSteps.Remind.class,
      CaseSteps.Notify.class,
      CaseSteps.Refer.class,
      CaseSteps.Close.class,
      CaseSteps.HandOff.class,
      CaseSteps.Transfer.class,
      CaseSteps.CancelTransfer.class,
      CaseSteps.AcceptTransfer.class
    })
public final class CaseCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw Groups.missingCommand(spec);
  }
}
