package cn.yunxi.cli.request;

import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.Document;
import cn.yunxi.cli.user.Records;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.tx.Inclusion;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The one-transaction steps of a data request. */
final class RequestSteps {
  private RequestSteps() {}

  /** A step on one request, read back from the index by its id. */
  abstract static class Step extends UserCommand {
    @Parameters(
        index = "0",
        paramLabel = "REQUEST-ID",
        converter = Args.Id.class,
        description = "the request id")
    Bytes32 id;

    abstract Inclusion send(DataRequest request, RequestView view, Session s);

    abstract String done();

    @Override
    protected int run(Session s) {
      RequestView view = Records.requestView(s, id);
      Inclusion inclusion = send(Records.request(view), view, s);
      Map<String, Object> json = object();
      json.put("request", id);
      json.put("step", spec.name());
      json.putAll(tx(inclusion));
      print(
          json,
          out -> {
            out.println(done() + ": request " + id);
            out.println("  by " + s.requireActor().describe() + ", " + Show.where(inclusion));
          });
      return 0;
    }
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description =
          "Approve a request of your department. Caller: a CAPTAIN who is not its creator.")
  static final class Approve extends Step {
    @Override
    Inclusion send(DataRequest request, RequestView view, Session s) {
      return s.client().requests().approve(request);
    }

    @Override
    String done() {
      return "approved";
    }
  }

  @Command(
      name = "bind",
      mixinStandardHelpOptions = true,
      description =
          "Bind an introduction letter to an approved request (`letter issue` does it already). Caller: OFFICE.")
  static final class Bind extends Step {
    @Option(
        names = "--letter",
        required = true,
        paramLabel = "LETTER-ID",
        converter = Args.Id.class,
        description = "the letter id")
    Bytes32 letterId;

    @Override
    Inclusion send(DataRequest request, RequestView view, Session s) {
      return s.client()
          .requests()
          .bindLetter(request, Records.letter(Records.letterView(s, letterId)));
    }

    @Override
    String done() {
      return "letter " + letterId + " bound";
    }
  }

  @Command(
      name = "accept",
      mixinStandardHelpOptions = true,
      description =
          "Accept (受理) a request addressed to your department. Caller: CUSTODIAN of the target.")
  static final class Accept extends Step {
    @Override
    Inclusion send(DataRequest request, RequestView view, Session s) {
      return s.client().requests().accept(request);
    }

    @Override
    String done() {
      return "accepted";
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description =
          "Reject (拒绝) a request addressed to your department, with a reason. Caller: CUSTODIAN of the target.")
  static final class Reject extends Step {
    @Option(
        names = "--reason",
        required = true,
        paramLabel = "DOC",
        converter = Args.Doc.class,
        description = "why: 0xHASH, @FILE or text")
    Document reason;

    @Override
    Inclusion send(DataRequest request, RequestView view, Session s) {
      return s.client().requests().reject(request, reason.hash());
    }

    @Override
    String done() {
      return "rejected";
    }
  }

  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      description = "Withdraw your request before it is accepted. Caller: its creator.")
  static final class Cancel extends Step {
    @Override
    Inclusion send(DataRequest request, RequestView view, Session s) {
      return s.client().requests().cancel(request);
    }

    @Override
    String done() {
      return "cancelled";
    }
  }
}
