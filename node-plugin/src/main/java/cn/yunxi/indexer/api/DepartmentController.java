package cn.yunxi.indexer.api;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.PageRequest;
import cn.yunxi.indexer.index.RequestSide;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.RequestStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.netty.buffer.ByteBuf;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A department's lists, activity and statistics: its own token, or an auditor's. The department in
 * the path is its 0x-hex id or its code (e.g. {@code JB-JJDD}).
 */
@Controller("/departments/{dept}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DepartmentController {
  /** The window of a statistics query that names neither end. */
  static final Duration DEFAULT_SERIES = Duration.ofDays(30);

  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

  private final IndexQueries q;
  private final Clock clock;

  DepartmentController(IndexQueries q, Clock clock) {
    this.q = q;
    this.clock = clock;
  }

  /** {@code GET /departments/{dept}/cases}: cases it owns or was handed, by opening time. */
  @Get(value = "/cases", headRoute = false)
  HttpResponse<ByteBuf> cases(
      HttpRequest<?> request,
      @PathVariable String dept,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Bytes32 department = allowed(request, dept);
    PageRequest page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    return Answers.page(head, q.casesOfDepartment(department, page), Views::of);
  }

  /** {@code GET /departments/{dept}/requests?side=target|requester&status=…}. */
  @Get(value = "/requests", headRoute = false)
  HttpResponse<ByteBuf> requests(
      HttpRequest<?> request,
      @PathVariable String dept,
      @Nullable @QueryValue String side,
      @Nullable @QueryValue String status,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Bytes32 department = allowed(request, dept);
    RequestSide s = Params.side(side);
    RequestStatus st = Params.status(status);
    PageRequest page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    return Answers.page(head, q.requests(department, s, st, page), Views::of);
  }

  /** {@code GET /departments/{dept}/letters}: letters introducing holders to it. */
  @Get(value = "/letters", headRoute = false)
  HttpResponse<ByteBuf> letters(
      HttpRequest<?> request,
      @PathVariable String dept,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Bytes32 department = allowed(request, dept);
    PageRequest page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    return Answers.page(head, q.lettersByTarget(department, page), Views::of);
  }

  /** {@code GET /departments/{dept}/activity?from&to}: its events in {@code [from, to)}. */
  @Get(value = "/activity", headRoute = false)
  HttpResponse<ByteBuf> activity(
      HttpRequest<?> request,
      @PathVariable String dept,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Bytes32 department = allowed(request, dept);
    Instant start = Params.instant("from", from, Instant.EPOCH);
    Instant end = Params.instant("to", to, END_OF_TIME);
    Params.checkRange(start, end);
    PageRequest page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    return Answers.page(head, q.departmentActivity(department, start, end, page), Views::of);
  }

  /**
   * {@code GET /departments/{dept}/statistics/request-turnaround?side&from&to&zone}: created →
   * fulfilled per day, of the requests it fulfilled (side target, the default) or had fulfilled.
   */
  @Get(value = "/statistics/request-turnaround", headRoute = false)
  HttpResponse<ByteBuf> turnaround(
      HttpRequest<?> request,
      @PathVariable String dept,
      @Nullable @QueryValue String side,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String zone) {
    Bytes32 department = allowed(request, dept);
    RequestSide s = Params.side(side);
    Instant[] range = seriesRange(from, to);
    ZoneId z = Params.zone(zone);
    Checkpoint head = q.checkpoint();
    return Answers.one(head, Views.of(q.requestTurnaround(department, s, range[0], range[1], z)));
  }

  /** {@code GET /departments/{dept}/statistics/case-cycle?from&to&zone}: opened → closed. */
  @Get(value = "/statistics/case-cycle", headRoute = false)
  HttpResponse<ByteBuf> caseCycle(
      HttpRequest<?> request,
      @PathVariable String dept,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String zone) {
    Bytes32 department = allowed(request, dept);
    Instant[] range = seriesRange(from, to);
    ZoneId z = Params.zone(zone);
    Checkpoint head = q.checkpoint();
    return Answers.one(head, Views.of(q.caseCycleTime(department, range[0], range[1], z)));
  }

  private Bytes32 allowed(HttpRequest<?> request, String dept) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    Bytes32 department = Params.department(dept);
    access.requireDepartment(department);
    return department;
  }

  /** {@code [from, to)}; to defaults to now, from to 30 days before to. */
  private Instant[] seriesRange(String from, String to) {
    Instant end = Params.instant("to", to, clock.instant().plusSeconds(1));
    Instant start = Params.instant("from", from, end.minus(DEFAULT_SERIES));
    Params.checkRange(start, end);
    if (Duration.between(start, end).compareTo(IndexQueries.MAX_SERIES_RANGE) > 0) {
      throw ApiException.badRequest(
          "the range is longer than " + IndexQueries.MAX_SERIES_RANGE.toDays() + " days");
    }
    return new Instant[] {start, end};
  }
}
