package cn.yunxi.cli.request;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Pages;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.RequestSide;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yunxi request list}: a department's requests, sent and received, from the index. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "List a department's data requests — those it sent, those addressed to it, or both.")
public final class RequestListCommand extends UserCommand {
  @Option(
      names = "--department",
      paramLabel = "CODE",
      converter = Args.Department.class,
      description = "whose requests (default: the acting member's department)")
  String department;

  @Option(
      names = "--side",
      paramLabel = "SIDE",
      description = "REQUESTER (sent) or TARGET (received); default both")
  RequestSide side;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description =
          "only requests in this status: CREATED, APPROVED, LETTER_BOUND, ACCEPTED, REJECTED, FULFILLED, CONFIRMED, CANCELLED, EXPIRED")
  RequestStatus status;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "at most N per side (default ${DEFAULT-VALUE})")
  int limit;

  @Override
  protected int run(Session s) {
    String code = department;
    if (code == null) {
      if (s.actor().isEmpty()) {
        throw CliException.usage("whose requests? give --department CODE or --as MEMBER");
      }
      code = s.department();
    }
    Bytes32 dept = Bytes32.fromAscii(code);
    IndexClient index = s.caughtUpIndex();
    List<RequestSide> sides =
        side != null ? List.of(side) : List.of(RequestSide.REQUESTER, RequestSide.TARGET);
    Map<String, Object> json = object();
    json.put("department", code);
    List<String> lines = new ArrayList<>();
    for (RequestSide sd : sides) {
      List<RequestView> requests =
          Pages.read(q -> index.requests(dept, sd, status, q), Math.max(1, limit));
      json.put(sd == RequestSide.REQUESTER ? "sent" : "received", requests);
      lines.add(
          (sd == RequestSide.REQUESTER ? "sent by " : "addressed to ")
              + code
              + " ("
              + requests.size()
              + "):");
      for (RequestView r : requests) {
        lines.add(
            String.format(
                "  %s  %-12s %s → %s  case %s, deadline %s",
                r.requestId(),
                r.status(),
                Show.department(r.requesterDepartment()),
                Show.department(r.targetDepartment()),
                r.caseId(),
                Show.time(r.deadline())));
      }
    }
    print(json, out -> lines.forEach(out::println));
    return 0;
  }
}
