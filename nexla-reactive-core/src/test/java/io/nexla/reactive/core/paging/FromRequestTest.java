package io.nexla.reactive.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** {@link PagedFlux#fromRequest} over a transport: query parameters, both list shapes, meta spellings. */
class FromRequestTest {

  /** Serves ids 1..total, {@code body} renders one page's ids (and page number, page count, total) as JSON. */
  private static RecordingTransport server(int total, Function<int[], String> body) {
    return new RecordingTransport().answerEveryRequest(request -> {
      int page = Integer.parseInt(request.query().get("page").get(0));
      int size = Integer.parseInt(request.query().get("per_page").get(0));
      int from = Math.min(total, (page - 1) * size);
      int to = Math.min(total, from + size);
      int[] ids = IntStream.rangeClosed(from + 1, to).toArray();
      return body.apply(IntStream.concat(IntStream.of(page, (total + size - 1) / size, total), IntStream.of(ids))
          .toArray());
    });
  }

  private static String items(int[] m) {
    return IntStream.of(m).skip(3).mapToObj(id -> "{\"id\":" + id + "}").collect(Collectors.joining(",", "[", "]"));
  }

  private static List<Integer> ids(RecordingTransport server, int pageSize) {
    NexlaRequest request = NexlaRequest.get("/things").query("access_role", "owner").operation("things.list")
        .build();
    return PagedFlux.fromRequest(server, request, pageSize, (JsonNode n) -> n.get("id").asInt())
        .collectList().block();
  }

  @Test
  void bareArraysArePagedWithPageAndPerPage() {
    RecordingTransport server = server(23, FromRequestTest::items);
    assertThat(ids(server, 10)).isEqualTo(IntStream.rangeClosed(1, 23).boxed().toList());
    assertThat(server.requests()).extracting(r -> r.query().toString()).containsExactly(
        "{access_role=[owner], page=[1], per_page=[10]}",
        "{access_role=[owner], page=[2], per_page=[10]}",
        "{access_role=[owner], page=[3], per_page=[10]}");
    assertThat(server.requests()).allMatch(r -> r.operation().equals("things.list"));
  }

  @Test
  void envelopesWithEitherMetaSpellingAreFollowedToTheAnnouncedLastPage() {
    List<Function<int[], String>> shapes = List.of(
        m -> "{\"meta\":{\"currentPage\":" + m[0] + ",\"pageCount\":" + m[1] + ",\"totalCount\":" + m[2]
            + "},\"data\":" + items(m) + "}",
        m -> "{\"meta\":{\"current_page\":" + m[0] + ",\"total_pages\":" + m[1] + ",\"total_count\":" + m[2]
            + "},\"data\":" + items(m) + "}",
        m -> "{\"meta\":{\"pages_count\":\"" + m[1] + "\"},\"data\":" + items(m) + "}",
        m -> "{\"meta\":{\"total_count\":" + m[2] + "},\"data\":" + items(m) + "}");
    for (Function<int[], String> shape : shapes) {
      RecordingTransport server = server(30, shape);
      assertThat(ids(server, 10)).isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList());
      // the total is known: no trailing empty page is requested
      assertThat(server.requests()).hasSize(3);
    }
  }

  @Test
  void anythingElseIsADecodeError() {
    RecordingTransport server = server(3, m -> "{\"items\": []}");
    StepVerifier.create(PagedFlux.fromRequest(server, NexlaRequest.get("/things").build(), 10, n -> n))
        .expectError(NexlaDecodeException.class)
        .verify();
  }
}
