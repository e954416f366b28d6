package io.nexla.reactive.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.internal.PageDecoding;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** A JSON {@code null} inside a list is a typed decode failure, never a null element (a Flux cannot carry one). */
class NullListItemTest {

  private static NexlaResponse response(String body) {
    return new NexlaResponse(200, HttpHeaders.EMPTY, body.getBytes(StandardCharsets.UTF_8), "rid", 1);
  }

  @Test
  void nullItemInABareArrayIsADecodeFailure() {
    assertThatThrownBy(() -> PageDecoding.decode(response("[{\"id\":1},null]"), 1, 20, JsonNode::toString))
        .isInstanceOf(NexlaDecodeException.class)
        .hasMessageContaining("List item 2 of page 1 (index 1 on the page) is null");
  }

  @Test
  void itemDecodedToNullIsADecodeFailure() {
    assertThatThrownBy(() -> PageDecoding.decode(response("{\"data\":[{\"id\":1}]}"), 1, 20, node -> null))
        .isInstanceOf(NexlaDecodeException.class);
  }

  @Test
  void regularItemsStillDecode() {
    assertThat(PageDecoding.decode(response("[{\"id\":1},{\"id\":2}]"), 1, 20, n -> n.get("id").asInt()).items())
        .containsExactly(1, 2);
  }
}
