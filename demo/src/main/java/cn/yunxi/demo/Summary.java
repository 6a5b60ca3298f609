package cn.yunxi.demo;

import cn.yunxi.sdk.index.CaseView;
import cn.yunxi.sdk.index.EventView;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.PageQuery;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.index.TransitionView;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.RequestStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The run's summary, read back from the index API as an auditor sees it: each case's timeline (step
 * names and block times), the data request's turnaround (created → fulfilled) and each case's cycle
 * time (opened → closed).
 */
final class Summary {
  static final ZoneId NINGBO = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(NINGBO);

  private final PrintStream out;
  private final IndexClient index;

  Summary(PrintStream out, IndexClient index) {
    this.out = out;
    this.index = index;
  }

  void print(List<PlayedCase> cases) {
    out.println();
    out.println("== 汇总 Summary (from the index API) ==");
    for (PlayedCase c : cases) {
      CaseView state = index.caseState(c.caseId()).data();
      out.println();
      out.println(
          "["
              + c.title()
              + "] "
              + c.number()
              + " — "
              + c.ownerCode()
              + ", "
              + state.status()
              + (state.closeResult() != null ? " (" + state.closeResult() + ")" : ""));
      List<EventView> timeline =
          index.caseTimeline(c.caseId(), PageQuery.first(PageQuery.MAX_LIMIT)).data();
      Instant first = timeline.isEmpty() ? null : timeline.get(0).blockTime();
      for (EventView e : timeline) {
        out.printf(
            "  %s  +%3ds  block %-5d %s%n",
            TIME.format(e.blockTime()),
            Duration.between(first, e.blockTime()).toSeconds(),
            e.blockNumber(),
            StepNames.of(e.type()));
      }
      c.request().ifPresent(this::turnaround);
      out.println("  办案周期 case cycle (opened → closed): " + cycle(state));
    }
  }

  private void turnaround(DataRequest request) {
    RequestView view = index.request(request.requestId()).data();
    Optional<Instant> created = at(view, RequestStatus.CREATED);
    Optional<Instant> fulfilled = at(view, RequestStatus.FULFILLED);
    Optional<Instant> confirmed = at(view, RequestStatus.CONFIRMED);
    Invariants.check(
        created.isPresent() && fulfilled.isPresent(),
        "the index has no created → fulfilled turnaround for request " + request.requestId());
    out.println(
        "  数据调取 request turnaround (created → fulfilled): "
            + human(Duration.between(created.get(), fulfilled.get()))
            + confirmed
                .map(t -> "; → confirmed " + human(Duration.between(created.get(), t)))
                .orElse("")
            + " — was ≥ 3 working days before Yunxi");
  }

  private static Optional<Instant> at(RequestView view, RequestStatus status) {
    return view.transitions().stream()
        .filter(t -> t.status() == status)
        .map(TransitionView::at)
        .findFirst();
  }

  private static String cycle(CaseView state) {
    if (state.closedAt() == null) {
      return "still open";
    }
    return human(Duration.between(state.openedAt(), state.closedAt())) + " — closed the same day";
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
  }
}
