package cn.yunxi.indexer.api;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.index.Page;
import cn.yunxi.sdk.index.IndexJson;
import cn.yunxi.sdk.index.IndexResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the API's answers, {@code {"head":{"number":N,"hash":"0x…"},"data":…,"next":…}}, with the
 * SDK's JSON mapping — the one the client reads with.
 */
final class Answers {
  private Answers() {}

  /** A single item read at {@code head}. */
  static HttpResponse<ByteBuf> one(Checkpoint head, Object data) {
    return json(new IndexResponse<>(Views.head(head), data, null));
  }

  /** A page, its items mapped to their views. */
  static <T, V> HttpResponse<ByteBuf> page(Checkpoint head, Page<T> page, Function<T, V> view) {
    List<V> items = page.items().stream().map(view).toList();
    return json(new IndexResponse<>(Views.head(head), items, page.nextCursor()));
  }

  /** A page whose items were filtered and mapped already. */
  static HttpResponse<ByteBuf> list(Checkpoint head, List<?> items, String next) {
    return json(new IndexResponse<>(Views.head(head), items, next));
  }

  /**
   * The body is written straight into a pooled Netty buffer, which the server writes and releases:
   * no byte array grown and copied on the heap per answer (a long timeline is ~100 KB of JSON, and
   * the garbage of those copies set how often the collector paused queries).
   */
  static HttpResponse<ByteBuf> json(Object body) {
    ByteBuf buffer = ByteBufAllocator.DEFAULT.buffer();
    try (OutputStream out = new ByteBufOutputStream(buffer)) {
      IndexJson.mapper().writeValue(out, body);
    } catch (IOException | RuntimeException e) {
      buffer.release();
      throw new IllegalStateException("an answer could not be written as JSON", e);
    }
    return HttpResponse.ok(buffer).contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
