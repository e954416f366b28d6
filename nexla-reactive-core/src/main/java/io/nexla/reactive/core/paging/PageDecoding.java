package io.nexla.reactive.core.paging;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.http.NexlaResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Decodes a list answer in either shape of the protocol: a bare array, or {@code {meta, data}}. */
public final class PageDecoding {

  private PageDecoding() {}

  /**
   * Decodes one page.
   *
   * @throws NexlaDecodeException if the body is neither an array nor an envelope with a {@code data} array, or
   *     an item is JSON {@code null}
   */
  public static <T> Page<T> decode(NexlaResponse response, int page, int pageSize, Function<JsonNode, T> decoder) {
    JsonNode root = response.json();
    if (root == null || root.isNull()) {
      return new Page<>(List.of(), page, pageSize, null, null);
    }
    JsonNode data;
    Integer pageCount = null;
    Long totalCount = null;
    if (root.isArray()) {
      data = root;
    } else if (root.isObject() && root.path("data").isArray()) {
      data = root.get("data");
      JsonNode meta = root.path("meta");
      pageCount = intOf(meta, "pageCount", "total_pages", "page_count", "pages_count");
      Integer total = intOf(meta, "totalCount", "total_count");
      totalCount = total == null ? null : total.longValue();
    } else {
      throw new NexlaDecodeException("Expected a JSON array or a {meta, data} envelope for a list",
          response.status(), NexlaResponse.excerpt(response.body()), null);
    }
    List<T> items = new ArrayList<>(data.size());
    for (JsonNode item : data) {
      T decoded = item.isNull() ? null : decoder.apply(item);
      if (decoded == null) {
        // A Flux cannot carry null: without this check the subscriber would get a bare NullPointerException.
        throw new NexlaDecodeException("List item " + (items.size() + 1) + " of page " + page + " is null",
            response.status(), NexlaResponse.excerpt(response.body()), null);
      }
      items.add(decoded);
    }
    return new Page<>(items, page, pageSize, pageCount, totalCount);
  }

  private static @Nullable Integer intOf(JsonNode meta, String... keys) {
    for (String key : keys) {
      JsonNode v = meta.get(key);
      if (v != null && v.canConvertToInt()) {
        return v.asInt();
      }
      if (v != null && v.isString() && v.asString().matches("\\d+")) {
        return Integer.parseInt(v.asString());
      }
    }
    return null;
  }
}
