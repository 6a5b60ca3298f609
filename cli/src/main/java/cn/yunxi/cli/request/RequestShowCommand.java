package cn.yunxi.cli.request;

import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Records;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.index.TransitionView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yunxi request show ID}: a request and its steps, from the index. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a data request with every step it went through, from the index.")
public final class RequestShowCommand extends UserCommand {
  @Parameters(
      index = "0",
      paramLabel = "REQUEST-ID",
      converter = Args.Id.class,
      description = "the request id")
  Bytes32 id;

  @Override
  protected int run(Session s) {
    RequestView v = Records.requestView(s, id);
    print(
        v,
        out -> {
          out.println("request " + v.requestId());
          out.println("  status      " + v.status());
          out.println("  case        " + v.caseId());
          out.println(
              "  from        "
                  + Show.department(v.requesterDepartment())
                  + " ("
                  + s.nameOf(v.creator())
                  + ") to "
                  + Show.department(v.targetDepartment()));
          out.println("  categories  " + DataCategory.fromMask(v.categories().longValue()));
          out.println("  deadline    " + Show.time(v.deadline()));
          if (v.letterId() != null) {
            out.println("  letter      " + v.letterId());
          }
          if (v.responseHash() != null) {
            out.println("  response    sha256 " + v.responseHash());
          }
          out.println("steps:");
          for (TransitionView t : v.transitions()) {
            out.printf(
                "  %s  block %-6d %-12s %s%n",
                Show.time(t.at()), t.blockNumber(), t.status(), s.nameOf(t.by()));
          }
        });
    return 0;
  }
}
