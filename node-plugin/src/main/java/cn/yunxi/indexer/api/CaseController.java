package cn.yunxi.indexer.api;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.index.CaseState;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.model.Bytes32;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.netty.buffer.ByteBuf;

/**
 * Cases: state, lookup by case number, timeline and evidence.
 *
 * <p>Runs on the event loop, not the I/O pool, as do the evidence, request and letter routes: each
 * is a few RocksDB reads, bounded (pages of at most {@code PageRequest.MAX_LIMIT} items), served
 * from the block and page caches. Handing such a request to a pool thread and its answer back costs
 * more than the reads on a small machine (evidence lookup p99 1.3–2.8 ms that way against 0.8–1.0
 * ms on the event loop; 2 cores, 1M events). Statistics and activity ({@code
 * DepartmentController}), {@code /status} (it asks the node) and blobs stay on the I/O pool.
 */
@Controller("/cases")
final class CaseController {
  private final IndexQueries q;

  CaseController(IndexQueries q) {
    this.q = q;
  }

  /** {@code GET /cases/{caseId}}. */
  @Get(value = "/{caseId}", headRoute = false)
  HttpResponse<ByteBuf> caseState(HttpRequest<?> request, @PathVariable String caseId) {
    return answer(request, Params.bytes32("caseId", caseId));
  }

  /** {@code GET /cases?number=…}: the case whose id is keccak256 of the case number's UTF-8. */
  @Get(headRoute = false)
  HttpResponse<ByteBuf> byNumber(HttpRequest<?> request, @Nullable @QueryValue String number) {
    return answer(request, CaseOperations.caseIdOf(Params.caseNumber(number)));
  }

  /** {@code GET /cases/{caseId}/timeline}: everything that happened to it, oldest first. */
  @Get(value = "/{caseId}/timeline", headRoute = false)
  HttpResponse<ByteBuf> timeline(
      HttpRequest<?> request,
      @PathVariable String caseId,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    Bytes32 id = Params.bytes32("caseId", caseId);
    var page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    access.visibleCase(id);
    return Answers.page(head, q.caseTimeline(id, page), Views::of);
  }

  /** {@code GET /cases/{caseId}/evidence}: its items, deposited or batched, in chain order. */
  @Get(value = "/{caseId}/evidence", headRoute = false)
  HttpResponse<ByteBuf> evidence(
      HttpRequest<?> request,
      @PathVariable String caseId,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    Bytes32 id = Params.bytes32("caseId", caseId);
    var page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    access.visibleCase(id);
    return Answers.page(head, q.evidenceOfCase(id, page), Views::of);
  }

  private HttpResponse<ByteBuf> answer(HttpRequest<?> request, Bytes32 caseId) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    Checkpoint head = q.checkpoint();
    CaseState c = access.visibleCase(caseId);
    return Answers.one(head, Views.of(c));
  }
}
