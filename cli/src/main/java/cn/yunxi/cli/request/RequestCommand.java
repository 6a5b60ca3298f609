package cn.yunxi.cli.request;

import cn.yunxi.cli.user.Groups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code yunxi request …}: cross-department data requests (数据调取) — officer creates, captain
 * approves, office binds the letter, the target's custodian accepts and fulfils with the seal's
 * stamp, the creator receives and confirms.
 */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    description = {
      "Data requests (数据调取) between departments: create → approve → (letter issue) → accept →"
          + " fulfil → confirm; or reject / cancel."
    },
    subcommands = {
      RequestCreateCommand.class,
      RequestSteps.Approve.class,
      RequestSteps.Bind.class,
      RequestSteps.Accept.class,
      RequestSteps.Reject.class,
      RequestSteps.Cancel.class,
      RequestFulfilCommand.class,
      RequestConfirmCommand.class,
      RequestShowCommand.class,
      RequestListCommand.class
    })
public final class RequestCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw Groups.missingCommand(spec);
  }
}
