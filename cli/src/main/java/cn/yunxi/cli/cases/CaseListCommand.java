package cn.yunxi.cli.cases;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Pages;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.index.CaseView;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.model.Bytes32;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yunxi case list [--department CODE]}: a department's cases, from the index. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the cases a department owns or was handed, oldest first, from the index.")
public final class CaseListCommand extends UserCommand {
  @Option(
      names = "--department",
      paramLabel = "CODE",
      converter = Args.Department.class,
      description = "whose cases (default: the acting member's department)")
  String department;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "at most N cases (default ${DEFAULT-VALUE})")
  int limit;

  @Override
  protected int run(Session s) {
    String code = department;
    if (code == null) {
      if (s.actor().isEmpty()) {
        throw CliException.usage("whose cases? give --department CODE or --as MEMBER");
      }
      code = s.department();
    }
    Bytes32 id = Bytes32.fromAscii(code);
    IndexClient index = s.caughtUpIndex();
    List<CaseView> cases = Pages.read(q -> index.casesOfDepartment(id, q), Math.max(1, limit));
    Map<String, Object> json = object();
    json.put("department", code);
    json.put("cases", cases);
    String shown = code;
    print(
        json,
        out -> {
          out.println(cases.size() + " case(s) of " + shown + ":");
          for (CaseView c : cases) {
            out.printf(
                "  %s  %-13s type %-5d opened %s by %s%n",
                c.caseId(),
                c.status(),
                c.caseType(),
                Show.time(c.openedAt()),
                s.nameOf(c.openedBy()));
          }
        });
    return 0;
  }
}
