package cn.yunxi.indexer.api;

import cn.yunxi.indexer.chain.Checkpoint;
import cn.yunxi.indexer.index.Page;
import cn.yunxi.sdk.index.IndexJson;
import cn.yunxi.sdk.index.IndexResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the API's answers, {@code {"head":{"number":N,"hash":"0x…"},"data":…,"next":…}}, with the
 * SDK's JSON mapping — the one the client reads with.
 */
final class Answers {
  private Answers() {}

  /** A single item read at {@code head}. */
  static HttpResponse<byte[]> one(Checkpoint head, Object data) {
    return json(new IndexResponse<>(Views.head(head), data, null));
  }

  /** A page, its items mapped to their views. */
  static <T, V> HttpResponse<byte[]> page(Checkpoint head, Page<T> page, Function<T, V> view) {
    List<V> items = page.items().stream().map(view).toList();
    return json(new IndexResponse<>(Views.head(head), items, page.nextCursor()));
  }

  /** A page whose items were filtered and mapped already. */
  static HttpResponse<byte[]> list(Checkpoint head, List<?> items, String next) {
    return json(new IndexResponse<>(Views.head(head), items, next));
  }

  static HttpResponse<byte[]> json(Object body) {
    try {
      return HttpResponse.ok(IndexJson.mapper().writeValueAsBytes(body))
          .contentType(MediaType.APPLICATION_JSON_TYPE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be written as JSON", e);
    }
  }
}
