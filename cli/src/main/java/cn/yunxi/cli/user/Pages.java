package cn.yunxi.cli.user;

import cn.yunxi.sdk.index.IndexResponse;
import cn.yunxi.sdk.index.PageQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads an index list page by page, up to a limit. */
public final class Pages {
  private Pages() {}

  /** At most {@code limit} items of the list {@code page} reads. */
  public static <T> List<T> read(Function<PageQuery, IndexResponse<List<T>>> page, int limit) {
    List<T> items = new ArrayList<>();
    PageQuery query = PageQuery.first(Math.min(limit, PageQuery.MAX_LIMIT));
    while (items.size() < limit) {
      IndexResponse<List<T>> answer = page.apply(query);
      items.addAll(answer.data());
      if (!answer.hasNext()) {
        break;
      }
      query = PageQuery.after(answer.next(), Math.min(limit - items.size(), PageQuery.MAX_LIMIT));
    }
    return items.size() > limit ? items.subList(0, limit) : items;
  }
}
