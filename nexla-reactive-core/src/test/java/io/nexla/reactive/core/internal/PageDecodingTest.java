package io.nexla.reactive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.paging.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

class PageDecodingTest {

  record Item(long id, String name) {}

  private static final JavaType ITEM = NexlaJson.mapper().constructType(Item.class);

  private final AtomicInteger treeDecodes = new AtomicInteger();

  /** The tree path's item decoder, as the resource groups write it: a bad item is a typed decode error. */
  private final Function<JsonNode, Item> itemDecoder = node -> {
    treeDecodes.incrementAndGet();
    try {
      return NexlaJson.mapper().treeToValue(node, ITEM);
    } catch (JacksonException e) {
      throw new NexlaDecodeException("List item is not a valid Item", 200, null, null);
    }
  };

  private static NexlaResponse response(String body) {
    return new NexlaResponse(200, HttpHeaders.EMPTY, body.getBytes(StandardCharsets.UTF_8), "req-1", 1);
  }

  @Test
  void aBareArrayIsReadStraightFromTheBytes() {
    Page<Item> page = PageDecoding.decode(response("[{\"id\":1,\"name\":\"a\",\"extra\":[1,{\"x\":2}]},"
        + "{\"id\":2,\"name\":\"b\"}]"), 3, 2, ITEM, itemDecoder);

    assertThat(page.items()).containsExactly(new Item(1, "a"), new Item(2, "b"));
    assertThat(page.pageCount()).isNull();
    assertThat(treeDecodes).hasValue(0);
  }

  @Test
  void anEnvelopeGivesItsCountsWhereverMetaStands() {
    Page<Item> metaFirst = PageDecoding.decode(response("{\"meta\":{\"pageCount\":3,\"totalCount\":250},"
        + "\"data\":[{\"id\":1,\"name\":\"a\"}]}"), 1, 100, ITEM, itemDecoder);
    Page<Item> metaLast = PageDecoding.decode(response("{\"data\":[{\"id\":1,\"name\":\"a\"}],"
        + "\"links\":{\"next\":[\"x\"]},\"meta\":{\"total_pages\":\"4\",\"total_count\":301}}"), 1, 100, ITEM,
        itemDecoder);

    assertThat(metaFirst.items()).containsExactly(new Item(1, "a"));
    assertThat(metaFirst.pageCount()).isEqualTo(3);
    assertThat(metaFirst.totalCount()).isEqualTo(250L);
    assertThat(metaLast.pageCount()).isEqualTo(4);
    assertThat(metaLast.totalCount()).isEqualTo(301L);
    assertThat(treeDecodes).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[]", "{\"data\":[]}", "{\"data\":[],\"meta\":null}", "null", "", "  ",
      "[{\"id\":1,\"name\":\"a\"},null]",
      "[{\"id\":\"not a number\",\"name\":\"a\"}]",
      "[{\"id\":1,\"name\":\"a\"}] [2]",
      "[{\"id\":1,\"name\":\"a\"}",
      "{\"data\":{\"id\":1}}",
      "{\"meta\":{\"pageCount\":2}}",
      "{\"items\":[{\"id\":1,\"name\":\"a\"}]}",
      "<html><body>502 Bad Gateway</body></html>",
      "\"text\"", "42"})
  void everyPageDecodesAsTheTreePathDecodesIt(String body) {
    Function<JsonNode, Item> plain = node -> NexlaJson.mapper().treeToValue(node, ITEM);
    Object viaTree = outcome(() -> PageDecoding.decode(response(body), 2, 50, wrapped(plain)));
    Object streamed = outcome(() -> PageDecoding.decode(response(body), 2, 50, ITEM, itemDecoder));

    assertThat(streamed).isEqualTo(viaTree);
  }

  private Function<JsonNode, Item> wrapped(Function<JsonNode, Item> plain) {
    return node -> {
      try {
        return plain.apply(node);
      } catch (JacksonException e) {
        throw new NexlaDecodeException("List item is not a valid Item", 200, null, null);
      }
    };
  }

  /** A page's items and counts, or the failure's type and message. */
  private static Object outcome(java.util.function.Supplier<Page<Item>> decode) {
    Throwable failure = catchThrowable(decode::get);
    if (failure != null) {
      return List.of(failure.getClass(), String.valueOf(failure.getMessage()));
    }
    Page<Item> page = decode.get();
    return List.of(page.items(), String.valueOf(page.pageCount()), String.valueOf(page.totalCount()));
  }
}
