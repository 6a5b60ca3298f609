package cn.yunxi.indexer.api;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.index.EvidenceItem;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.Page;
import cn.yunxi.indexer.index.PageRequest;
import cn.yunxi.indexer.index.RequestState;
import cn.yunxi.sdk.model.Bytes32;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.netty.buffer.ByteBuf;
import java.util.Optional;

/**
 * Evidence: a record by id, items by content hash, custody.
 *
 * <p>On the event loop: bounded reads (see {@link CaseController}).
 */
@Controller("/evidence")
final class EvidenceController {
  private final IndexQueries q;

  EvidenceController(IndexQueries q) {
    this.q = q;
  }

  /** {@code GET /evidence/{evidenceId}}: a deposited record. */
  @Get(value = "/{evidenceId}", headRoute = false)
  HttpResponse<ByteBuf> evidence(HttpRequest<?> request, @PathVariable String evidenceId) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    Bytes32 id = Params.bytes32("evidenceId", evidenceId);
    Checkpoint head = q.checkpoint();
    EvidenceItem item =
        q.evidence(id).orElseThrow(() -> ApiException.notFound("no evidence record " + id));
    access.requireItem(item);
    return Answers.one(head, Views.of(item));
  }

  /**
   * {@code GET /evidence?sha256=0x…} or {@code ?sm3=0x…}: items with that content hash, in chain
   * order, those of cases the caller may not see left out.
   */
  @Get(headRoute = false)
  HttpResponse<ByteBuf> byHash(
      HttpRequest<?> request,
      @Nullable @QueryValue String sha256,
      @Nullable @QueryValue String sm3,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    if ((sha256 == null) == (sm3 == null)) {
      throw ApiException.badRequest("give exactly one of sha256 and sm3");
    }
    PageRequest page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    Page<EvidenceItem> items =
        sha256 != null
            ? q.evidenceBySha256(Params.bytes32("sha256", sha256), page)
            : q.evidenceBySm3(Params.bytes32("sm3", sm3), page);
    return Answers.list(
        head,
        items.items().stream().filter(access::maySee).map(Views::of).toList(),
        items.nextCursor());
  }

  /**
   * {@code GET /evidence/{id}/custody}: custody events of a deposited record — or of a data
   * request, whose receipt confirmation is recorded as custody under the request id.
   */
  @Get(value = "/{id}/custody", headRoute = false)
  HttpResponse<ByteBuf> custody(
      HttpRequest<?> request,
      @PathVariable String id,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    Bytes32 subject = Params.bytes32("id", id);
    PageRequest page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    Optional<EvidenceItem> item = q.evidence(subject);
    if (item.isPresent()) {
      access.requireItem(item.get());
    } else {
      RequestState r =
          q.request(subject)
              .orElseThrow(
                  () -> ApiException.notFound("no evidence record nor request " + subject));
      access.requireRequest(r);
    }
    return Answers.page(head, q.custody(subject, page), Views::of);
  }
}
