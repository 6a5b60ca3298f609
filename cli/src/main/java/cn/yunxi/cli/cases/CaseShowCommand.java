package cn.yunxi.cli.cases;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.CaseRef;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.index.CaseView;
import cn.yunxi.sdk.index.DecisionView;
import cn.yunxi.sdk.index.EventView;
import cn.yunxi.sdk.index.EvidenceView;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.IndexNotFoundException;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.EvidenceKind;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yunxi case show CASE}: the case's state, timeline and evidence, from the index. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a case: its state, its timeline and its evidence, from the index.")
public final class CaseShowCommand extends UserCommand {
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

  @Parameters(
      index = "0",
      paramLabel = "CASE",
      converter = Args.Case.class,
      description = "the case number or id")
  CaseRef ref;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "500",
      description = "at most N timeline events and N evidence items (default ${DEFAULT-VALUE})")
  int limit;

  @Override
  protected int run(Session s) {
    IndexClient index = s.caughtUpIndex();
    CaseView state;
    try {
      state = index.caseState(ref.id()).data();
    } catch (IndexNotFoundException e) {
      throw unknown(s, ref);
    }
    List<EventView> timeline =
        cn.yunxi.cli.user.Pages.read(q -> index.caseTimeline(ref.id(), q), Math.max(1, limit));
    List<EvidenceView> evidence =
        cn.yunxi.cli.user.Pages.read(q -> index.evidenceOfCase(ref.id(), q), Math.max(1, limit));
    Map<String, Object> json = object();
    json.put("number", ref.number());
    json.put("case", state);
    json.put("timeline", timeline);
    json.put("evidence", evidence);
    print(json, out -> text(out, s, state, timeline, evidence));
    return 0;
  }

  /** The failure for a case the index does not know: unknown on chain, or not indexed yet. */
  static CliException unknown(Session s, CaseRef ref) {
    if (s.reader().cases().statusOf(ref.id()) == CaseStatus.NONE) {
      return new CliException("unknown case " + ref.describe() + ": it was never opened");
    }
    return new CliException(
        "the index at "
            + s.indexUrl()
            + " does not show case "
            + ref.describe()
            + " (not yet, or not to you)");
  }

  private void text(
      PrintWriter out,
      Session s,
      CaseView c,
      List<EventView> timeline,
      List<EvidenceView> evidence) {
    out.println("case " + ref.describe());
    out.println(
        "  status      "
            + c.status()
            + (c.closeResult() != null ? " (" + c.closeResult() + ")" : "")
            + (c.simple() ? ", simple procedure (简易程序)" : ""));
    out.println(
        "  owner       "
            + Show.department(c.department())
            + (c.department().equals(c.openingDepartment())
                ? ""
                : ", opened by " + Show.department(c.openingDepartment())));
    out.println(
        "  opened      "
            + Show.time(c.openedAt())
            + " by "
            + s.nameOf(c.openedBy())
            + ", type "
            + c.caseType());
    DecisionView d = c.decision();
    if (d != null) {
      out.println(
          "  decision    "
              + (d.fineFen() == 0
                  ? "no fine"
                  : Show.yuan(d.fineFen()) + ", due " + Show.time(d.paymentDue()))
              + ", review until "
              + Show.time(d.reviewDeadline())
              + " — "
              + s.nameOf(d.decidedBy()));
    }
    if (c.paidAt() != null) {
      out.println("  paid        " + Show.time(c.paidAt()));
    }
    if (c.closedAt() != null) {
      out.println("  closed      " + Show.time(c.closedAt()));
    }
    if (!c.handedOffTo().isEmpty()) {
      out.println(
          "  handed off  "
              + c.handedOffTo().stream().map(Show::department).collect(Collectors.joining(", ")));
    }
    if (!c.formerOwners().isEmpty()) {
      out.println(
          "  owned by    "
              + c.formerOwners().stream().map(Show::department).collect(Collectors.joining(", "))
              + " before");
    }
    if (c.pendingTransferTo() != null && !c.pendingTransferTo().isZero()) {
      out.println(
          "  transfer    to "
              + Show.department(c.pendingTransferTo())
              + ", waiting for acceptance");
    }
    out.println("timeline (" + timeline.size() + "):");
    for (EventView e : timeline) {
      out.printf(
          "  %s  block %-6d %-28s %s%n",
          Show.time(e.blockTime()), e.blockNumber(), Show.step(e.type()), actor(s, e));
    }
    out.println("evidence (" + evidence.size() + "):");
    for (EvidenceView v : evidence) {
      out.printf(
          "  %s  %-8s sha256 %s  %s, %s%n",
          v.evidenceId() != null ? v.evidenceId() : v.batchRoot(),
          EvidenceKind.ofCode(v.kind()),
          v.contentSha256(),
          s.nameOf(v.submittedBy()),
          Show.time(v.at()));
    }
  }

  /** The event's first account field (who acted), by name. */
  static String actor(Session s, EventView e) {
    for (Object value : e.fields().values()) {
      if (value != null && ADDRESS.matcher(value.toString()).matches()) {
        return s.nameOf(Address.fromHex(value.toString()));
      }
    }
    return "";
  }
}
