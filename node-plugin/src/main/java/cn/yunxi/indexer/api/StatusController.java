package cn.yunxi.indexer.api;

import cn.yunxi.indexer.index.IndexQueries;
import cn.yunxi.indexer.index.IndexStatus;
import cn.yunxi.sdk.index.StatusView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.netty.buffer.ByteBuf;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /status}: the indexed checkpoint, the node's head and the lag, the counters. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatusController {
  private static final Logger LOG = LoggerFactory.getLogger(StatusController.class);

  private final IndexQueries q;
  private final NodeHead nodeHead;

  StatusController(IndexQueries q, NodeHead nodeHead) {
    this.q = q;
    this.nodeHead = nodeHead;
  }

  @Get(value = "/status", headRoute = false)
  HttpResponse<ByteBuf> status(HttpRequest<?> request) {
    BearerAuthFilter.caller(request);
    IndexStatus s = q.status();
    Long node = null;
    try {
      OptionalLong n = nodeHead.headNumber();
      node = n.isPresent() ? n.getAsLong() : null;
    } catch (RuntimeException e) {
      // The status must answer even when the node does not: that is when it matters most.
      LOG.warn("the node head is unknown: {}", e.toString());
    }
    Long lag = node == null ? null : Math.max(0, node - s.checkpoint().number());
    return Answers.one(
        s.checkpoint(),
        new StatusView(
            Views.head(s.checkpoint()),
            node,
            lag,
            s.blocks(),
            s.eventsIndexed(),
            s.manifestsMissing()));
  }
}
