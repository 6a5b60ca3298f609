package cn.yunxi.cli.cases;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.CaseRef;
import cn.yunxi.cli.user.Args.Document;
import cn.yunxi.cli.user.Args.Moment;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.tx.Inclusion;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The steps of a case after opening, one command each. Each sends one transaction as the acting
 * member; the contract checks the role and the case's state, and a refusal is explained in one
 * line.
 */
final class CaseSteps {
  private CaseSteps() {}

  /** A step on one case: sends, then reports where the transaction landed. */
  abstract static class Step extends UserCommand {
    @Parameters(
        index = "0",
        paramLabel = "CASE",
        converter = Args.Case.class,
        description = "the case number or id")
    CaseRef ref;

    /** Sends the step's transaction. */
    abstract Inclusion send(CaseOperations cases, Session s);

    /** What was done, for the text output: {@code "decided"}. */
    abstract String done();

    /** Details for the JSON output. */
    void details(Map<String, Object> json) {}

    @Override
    protected int run(Session s) {
      Inclusion inclusion = send(s.client().cases(), s);
      Map<String, Object> json = object();
      json.put("case", ref.id());
      json.put("number", ref.number());
      json.put("step", spec.name());
      details(json);
      json.putAll(tx(inclusion));
      print(
          json,
          out -> {
            out.println(done() + ": case " + ref.describe());
            out.println("  by " + s.requireActor().describe() + ", " + Show.where(inclusion));
          });
      return 0;
    }
  }

  @Command(
      name = "investigate",
      mixinStandardHelpOptions = true,
      description =
          "Start the investigation (调查取证): Opened → Investigating. Caller: OFFICER or CAPTAIN.")
  static final class Investigate extends Step {
    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.startInvestigation(ref.id());
    }

    @Override
    String done() {
      return "investigation started";
    }
  }

  @Command(
      name = "decide",
      mixinStandardHelpOptions = true,
      description = {
        "Record the penalty decision (处罚决定): Investigating → Decided, by a CAPTAIN; a simple case"
            + " Opened → Decided, by its OFFICER on the spot.",
        "Documents go on chain as their SHA-256: give 0xHASH, @FILE or the text itself."
      })
  static final class Decide extends Step {
    @Option(
        names = "--decision",
        required = true,
        paramLabel = "DOC",
        converter = Args.Doc.class,
        description = "the decision document (决定书)")
    Document decision;

    @Option(
        names = "--provisions",
        required = true,
        paramLabel = "DOC",
        converter = Args.Doc.class,
        description = "the legal provisions applied")
    Document provisions;

    @Option(
        names = "--fine",
        paramLabel = "YUAN",
        converter = Args.Yuan.class,
        description = "the fine in yuan, e.g. 500 or 200.50 (default: no fine)")
    Long fineFen;

    @Option(
        names = "--due",
        paramLabel = "WHEN",
        converter = Args.When.class,
        description = "when the fine is due: 15d, 2026-12-31 … (default 15d)")
    Moment due;

    @Option(
        names = "--review",
        paramLabel = "WHEN",
        converter = Args.When.class,
        defaultValue = "60d",
        description = "end of the review / litigation period (default ${DEFAULT-VALUE})")
    Moment review;

    private Decision made;

    @Override
    Inclusion send(CaseOperations cases, Session s) {
      long fine = fineFen == null ? 0 : fineFen;
      if (fine == 0 && due != null) {
        throw CliException.usage("--due goes with a fine (--fine YUAN)");
      }
      Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond());
      Moment dueAt = due != null ? due : new Args.When().convert("15d");
      made =
          new Decision(
              decision.hash(),
              provisions.hash(),
              fine,
              fine == 0 ? null : dueAt.from(now),
              review.from(now));
      return cases.decide(ref.id(), made);
    }

    @Override
    String done() {
      return "decided ("
          + (made.fineFen() == 0
              ? "no fine"
              : Show.yuan(made.fineFen()) + ", due " + Show.time(made.paymentDue()))
          + ")";
    }

    @Override
    void details(Map<String, Object> json) {
      json.put("decision", made);
    }
  }

  @Command(
      name = "pay",
      mixinStandardHelpOptions = true,
      description =
          "Record that the fine was paid (缴纳罚款): Decided → Paid. Caller: OFFICER, CAPTAIN or OFFICE.")
  static final class Pay extends Step {
    @Option(
        names = "--receipt",
        required = true,
        paramLabel = "DOC",
        converter = Args.Doc.class,
        description = "the payment receipt (缴款凭证): 0xHASH, @FILE or text")
    Document receipt;

    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.recordPayment(ref.id(), receipt.hash());
    }

    @Override
    String done() {
      return "payment recorded";
    }
  }

  @Command(
      name = "remind",
      mixinStandardHelpOptions = true,
      description =
          "Record an overdue reminder (催缴) for an unpaid fine past its due date. Caller: OFFICER or OFFICE.")
  static final class Remind extends Step {
    @Option(
        names = "--notice",
        required = true,
        paramLabel = "DOC",
        converter = Args.Doc.class,
        description = "the reminder notice: 0xHASH, @FILE or text")
    Document notice;

    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.recordReminder(ref.id(), notice.hash());
    }

    @Override
    String done() {
      return "reminder recorded";
    }
  }

  @Command(
      name = "notify",
      mixinStandardHelpOptions = true,
      description =
          "Record a notice served in the case (e.g. to the car's owner). Caller: OFFICER, CAPTAIN or OFFICE.")
  static final class Notify extends Step {
    @Option(
        names = "--notice",
        required = true,
        paramLabel = "DOC",
        converter = Args.Doc.class,
        description = "the notice: 0xHASH, @FILE or text")
    Document notice;

    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.recordNotice(ref.id(), notice.hash());
    }

    @Override
    String done() {
      return "notice recorded";
    }
  }

  @Command(
      name = "refer",
      mixinStandardHelpOptions = true,
      description =
          "Refer an unpaid fine to the court (非诉执行) after the review deadline: Decided → Referred. Caller: OFFICE.")
  static final class Refer extends Step {
    @Option(
        names = "--referral",
        required = true,
        paramLabel = "DOC",
        converter = Args.Doc.class,
        description = "the referral: 0xHASH, @FILE or text")
    Document referral;

    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.referToCourt(ref.id(), referral.hash());
    }

    @Override
    String done() {
      return "referred to the court";
    }
  }

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description = {
        "Close (结案) a case. Caller: CAPTAIN (for a simple case also its OFFICER).",
        "Opened/Investigating → NO_PENALTY or DISMISSED; decided without fine, paid or referred →"
            + " PENALTY_EXECUTED; referred → DISMISSED."
      })
  static final class Close extends Step {
    @Option(
        names = "--result",
        required = true,
        paramLabel = "RESULT",
        description = "PENALTY_EXECUTED, NO_PENALTY or DISMISSED")
    CloseResult result;

    @Option(
        names = "--summary",
        required = true,
        paramLabel = "DOC",
        converter = Args.Doc.class,
        description = "the closing report (结案报告): 0xHASH, @FILE or text")
    Document summary;

    @Override
    Inclusion send(CaseOperations cases, Session s) {
      if (result == CloseResult.NONE) {
        throw CliException.usage(
            "--result: NONE is no result; use PENALTY_EXECUTED, NO_PENALTY or DISMISSED");
      }
      return cases.close(ref.id(), result, summary.hash());
    }

    @Override
    String done() {
      return "closed as " + result;
    }

    @Override
    void details(Map<String, Object> json) {
      json.put("result", result);
    }
  }

  /** A step that names another department. */
  abstract static class ToDepartment extends Step {
    @Option(
        names = "--to",
        required = true,
        paramLabel = "CODE",
        converter = Args.Department.class,
        description = "the other department's code, e.g. JB-JJDD")
    String to;

    Bytes32 target() {
      return Bytes32.fromAscii(to);
    }

    @Override
    void details(Map<String, Object> json) {
      json.put("to", to);
    }
  }

  @Command(
      name = "hand-off",
      mixinStandardHelpOptions = true,
      description =
          "Hand the case off (流转, 一件事) to another department, which may act on it at once. Caller: OFFICER or CAPTAIN of the owner.")
  static final class HandOff extends ToDepartment {
    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.handOff(ref.id(), target());
    }

    @Override
    String done() {
      return "handed off to " + to;
    }
  }

  @Command(
      name = "transfer",
      mixinStandardHelpOptions = true,
      description =
          "Propose to transfer ownership (移交) to another department, which must accept. Caller: CAPTAIN of the owner.")
  static final class Transfer extends ToDepartment {
    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.proposeTransfer(ref.id(), target());
    }

    @Override
    String done() {
      return "transfer to " + to + " proposed";
    }
  }

  @Command(
      name = "cancel-transfer",
      mixinStandardHelpOptions = true,
      description = "Withdraw a pending transfer. Caller: CAPTAIN of the owner.")
  static final class CancelTransfer extends Step {
    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.cancelTransfer(ref.id());
    }

    @Override
    String done() {
      return "transfer withdrawn";
    }
  }

  @Command(
      name = "accept-transfer",
      mixinStandardHelpOptions = true,
      description =
          "Accept a transfer to your department: it becomes the owner. Caller: CAPTAIN of the receiver.")
  static final class AcceptTransfer extends Step {
    @Override
    Inclusion send(CaseOperations cases, Session s) {
      return cases.acceptTransfer(ref.id());
    }

    @Override
    String done() {
      return "transfer accepted";
    }
  }
}
