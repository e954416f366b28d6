package io.nexla.reactive.core.internal;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.UndecodableRecordException;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.paging.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.MissingNode;

/** Decodes a list answer in either shape of the protocol: a bare array, or {@code {meta, data}}. */
public final class PageDecoding {

  private PageDecoding() {}

  /**
   * Decodes one page.
   *
   * @throws NexlaDecodeException if the body is neither an array nor an envelope with a {@code data} array, or
   *     ({@link UndecodableRecordException}, the first of the page) an item is JSON {@code null} or cannot be
   *     decoded
   */
  public static <T> Page<T> decode(NexlaResponse response, int page, int pageSize, Function<JsonNode, T> decoder) {
    return strict(decodeEach(response, page, pageSize, decoder));
  }

  /**
   * Decodes one page, keeping going past records that cannot be decoded: they are left out of the items and
   * reported in {@link Page#undecodable()}, each with its page and index.
   *
   * @throws NexlaDecodeException if the body is neither an array nor an envelope with a {@code data} array
   */
  public static <T> Page<T> decodeEach(NexlaResponse response, int page, int pageSize,
      Function<JsonNode, T> decoder) {
    JsonNode root = response.json();
    if (root == null || root.isNull()) {
      return new Page<>(List.of(), page, pageSize, null, null);
    }
    JsonNode data;
    if (root.isArray()) {
      data = root;
    } else if (root.isObject() && root.path("data").isArray()) {
      data = root.get("data");
    } else {
      throw new NexlaDecodeException("Expected a JSON array or a {meta, data} envelope for a list",
          response.status(), NexlaResponse.excerpt(response.body()), null);
    }
    List<T> items = new ArrayList<>(data.size());
    List<UndecodableRecordException> undecodable = new ArrayList<>(0);
    int index = 0;
    for (JsonNode item : data) {
      try {
        T decoded = item.isNull() ? null : decoder.apply(item);
        if (decoded == null) {
          // A Flux cannot carry null: without this check the subscriber would get a bare NullPointerException.
          undecodable.add(new UndecodableRecordException("is null", page, index, response.status(), null, null));
        } else {
          items.add(decoded);
        }
      } catch (RuntimeException e) {
        undecodable.add(undecodableRecord(item, page, index, response.status(), e));
      }
      index++;
    }
    Page<T> decoded = root.isArray() ? new Page<>(items, page, pageSize, null, null)
        : withMeta(items, page, pageSize, root.path("meta"));
    return undecodable.isEmpty() ? decoded : new Page<>(decoded.items(), page, pageSize, decoded.pageCount(),
        decoded.totalCount(), undecodable);
  }

  /**
   * The report of a record the decoder rejected. A {@link NexlaDecodeException} of the decoder is kept as the
   * cause (its message is redacted); any other failure only by its class name, as its message may quote values.
   */
  private static UndecodableRecordException undecodableRecord(JsonNode item, int page, int index, int status,
      RuntimeException failure) {
    String excerpt = NexlaResponse.excerpt(String.valueOf(Redaction.redact(item)).getBytes(StandardCharsets.UTF_8));
    if (failure instanceof NexlaDecodeException decode) {
      // The decoder's message says why (and carries its own excerpt when it has one).
      return new UndecodableRecordException("cannot be decoded: " + decode.getMessage(), page, index, status,
          decode.bodyExcerpt().isPresent() ? null : excerpt, decode);
    }
    return new UndecodableRecordException("cannot be decoded (" + failure.getClass().getSimpleName() + ")", page,
        index, status, excerpt, null);
  }

  /** {@code page}, or its first undecodable record thrown. */
  private static <T> Page<T> strict(Page<T> page) {
    if (!page.undecodable().isEmpty()) {
      throw page.undecodable().get(0);
    }
    return page;
  }

  /**
   * Decodes one page of {@code itemType} items straight from the body, without building a tree of it first. Anything
   * that path does not take in its stride (a malformed page, a bad or null item, an unexpected shape) is decoded
   * again by {@link #decode(NexlaResponse, int, int, Function)} with {@code itemDecoder}, so that failures are
   * reported exactly as there: with the item's position and a redacted excerpt.
   *
   * @throws NexlaDecodeException as {@link #decode(NexlaResponse, int, int, Function)}
   */
  public static <T> Page<T> decode(NexlaResponse response, int page, int pageSize, JavaType itemType,
      Function<JsonNode, T> itemDecoder) {
    return strict(decodeEach(response, page, pageSize, itemType, itemDecoder));
  }

  /**
   * Like {@link #decode(NexlaResponse, int, int, JavaType, Function)}, keeping going past records that cannot be
   * decoded as {@link #decodeEach(NexlaResponse, int, int, Function)} does.
   *
   * @throws NexlaDecodeException if the body is neither an array nor an envelope with a {@code data} array
   */
  public static <T> Page<T> decodeEach(NexlaResponse response, int page, int pageSize, JavaType itemType,
      Function<JsonNode, T> itemDecoder) {
    // Items are read one after another from one parser: what follows an item is the next one, not trailing content.
    ObjectReader reader = NexlaJson.reader(itemType).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    Page<T> streamed = streamed(response.body(), page, pageSize, reader);
    return streamed != null ? streamed : decodeEach(response, page, pageSize, itemDecoder);
  }

  /** The page read token by token, or null when it is not a well-formed page of well-formed, non-null items. */
  private static <T> @Nullable Page<T> streamed(byte[] body, int page, int pageSize, ObjectReader reader) {
    try (JsonParser parser = reader.createParser(body)) {
      JsonToken root = parser.nextToken();
      List<T> items = null;
      JsonNode meta = null;
      if (root == JsonToken.START_ARRAY) {
        items = items(parser, reader);
      } else if (root == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if ("data".equals(name)) {
            items = value == JsonToken.START_ARRAY ? items(parser, reader) : null;
            if (items == null) {
              return null;
            }
          } else if ("meta".equals(name)) {
            meta = parser.readValueAsTree();
          } else {
            parser.skipChildren();
          }
        }
      }
      if (items == null || parser.nextToken() != null) {
        return null;
      }
      return root == JsonToken.START_ARRAY ? new Page<>(items, page, pageSize, null, null)
          : withMeta(items, page, pageSize, meta == null ? MissingNode.getInstance() : meta);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The items of the array the parser is at, or null at the first null item. */
  private static <T> @Nullable List<T> items(JsonParser parser, ObjectReader reader) {
    List<T> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      T item = parser.currentToken() == JsonToken.VALUE_NULL ? null : reader.readValue(parser);
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    return items;
  }

  /** An envelope's page: the page and total counts under any of the spellings the API uses. */
  private static <T> Page<T> withMeta(List<T> items, int page, int pageSize, JsonNode meta) {
    Integer total = intOf(meta, "totalCount", "total_count");
    return new Page<>(items, page, pageSize, intOf(meta, "pageCount", "total_pages", "page_count", "pages_count"),
        total == null ? null : total.longValue());
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
