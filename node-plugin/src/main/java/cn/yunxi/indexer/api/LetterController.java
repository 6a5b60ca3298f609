package cn.yunxi.indexer.api;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.LetterState;
import cn.yunxi.indexer.index.Page;
import cn.yunxi.indexer.index.PageRequest;
import cn.yunxi.sdk.model.Address;
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
 * Introduction letters: one by id, and those issued to a holder.
 *
 * <p>On the event loop: bounded reads (see {@link CaseController}).
 */
@Controller("/letters")
final class LetterController {
  private final IndexQueries q;

  LetterController(IndexQueries q) {
    this.q = q;
  }

  /** {@code GET /letters/{letterId}}. */
  @Get(value = "/{letterId}", headRoute = false)
  HttpResponse<ByteBuf> letter(HttpRequest<?> request, @PathVariable String letterId) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    Bytes32 id = Params.bytes32("letterId", letterId);
    Checkpoint head = q.checkpoint();
    LetterState l = q.letter(id).orElseThrow(() -> ApiException.notFound("no letter " + id));
    access.requireLetter(l);
    return Answers.one(head, Views.of(l));
  }

  /**
   * {@code GET /letters?holder=0x…}: letters issued to a holder, oldest first, those the caller may
   * not see left out.
   */
  @Get(headRoute = false)
  HttpResponse<ByteBuf> byHolder(
      HttpRequest<?> request,
      @Nullable @QueryValue String holder,
      @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    if (holder == null) {
      throw ApiException.badRequest("holder is required: the holder's address");
    }
    Address who = Params.address("holder", holder);
    PageRequest page = Params.page(cursor, limit);
    Checkpoint head = q.checkpoint();
    Page<LetterState> letters = q.lettersByHolder(who, page);
    return Answers.list(
        head,
        letters.items().stream().filter(access::maySee).map(Views::of).toList(),
        letters.nextCursor());
  }
}
