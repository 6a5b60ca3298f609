package cn.yunxi.indexer.api;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.RequestState;
import cn.yunxi.sdk.model.Bytes32;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.netty.buffer.ByteBuf;

/**
 * {@code GET /requests/{requestId}}: a data request with every transition.
 *
 * <p>On the event loop: bounded reads (see {@link CaseController}).
 */
@Controller("/requests")
final class RequestController {
  private final IndexQueries q;

  RequestController(IndexQueries q) {
    this.q = q;
  }

  @Get(value = "/{requestId}", headRoute = false)
  HttpResponse<ByteBuf> request(HttpRequest<?> request, @PathVariable String requestId) {
    Access access = new Access(q, BearerAuthFilter.caller(request));
    Bytes32 id = Params.bytes32("requestId", requestId);
    Checkpoint head = q.checkpoint();
    RequestState r = q.request(id).orElseThrow(() -> ApiException.notFound("no request " + id));
    access.requireRequest(r);
    return Answers.one(head, Views.of(r));
  }
}
