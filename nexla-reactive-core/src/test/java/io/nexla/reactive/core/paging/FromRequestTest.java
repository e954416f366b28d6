package io.nexla.reactive.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** {@link PagedFlux#fromRequest} over a transport: query parameters, both list shapes, meta spellings. */
class FromRequestTest {

  /** Serves ids 1..total, {@code body} renders one page's ids (and page number, page count, total) as JSON. */
  private static final class Server implements NexlaTransport {
    final List<NexlaRequest> sent = new ArrayList<>();
    private final int total;
    private final Function<int[], String> body;

    Server(int total, Function<int[], String> body) {
      this.total = total;
      this.body = body;
    }

    @Override
    public Mono<NexlaResponse> exchange(NexlaRequest request) {
      return Mono.fromSupplier(() -> {
        sent.add(request);
        int page = Integer.parseInt(request.query().get("page").get(0));
        int size = Integer.parseInt(request.query().get("per_page").get(0));
        int from = Math.min(total, (page - 1) * size);
        int to = Math.min(total, from + size);
        int[] ids = IntStream.rangeClosed(from + 1, to).toArray();
        int[] withMeta = IntStream.concat(IntStream.of(page, (total + size - 1) / size, total), IntStream.of(ids))
            .toArray();
        return new NexlaResponse(200, HttpHeaders.EMPTY, body.apply(withMeta).getBytes(StandardCharsets.UTF_8),
            "r", 1);
      });
    }

    @Override
    public Flux<DataBuffer> download(URI url, RequestOptions options) {
      return Flux.error(new UnsupportedOperationException());
    }

    @Override
    public Mono<Void> logout() {
      return Mono.empty();
    }

    @Override
    public NexlaClientOptions options() {
      return NexlaClientOptions.builder().accessToken("t").baseUrl("http://localhost:1").build();
    }

    @Override
    public void close() {}
  }

  private static String items(int[] m) {
    return IntStream.of(m).skip(3).mapToObj(id -> "{\"id\":" + id + "}").collect(Collectors.joining(",", "[", "]"));
  }

  private static List<Integer> ids(Server server, int pageSize) {
    NexlaRequest request = NexlaRequest.get("/things").query("access_role", "owner").operation("things.list")
        .build();
    return PagedFlux.fromRequest(server, request, pageSize, (JsonNode n) -> n.get("id").asInt())
        .collectList().block();
  }

  @Test
  void bareArraysArePagedWithPageAndPerPage() {
    Server server = new Server(23, FromRequestTest::items);
    assertThat(ids(server, 10)).isEqualTo(IntStream.rangeClosed(1, 23).boxed().toList());
    assertThat(server.sent).extracting(r -> r.query().toString()).containsExactly(
        "{access_role=[owner], page=[1], per_page=[10]}",
        "{access_role=[owner], page=[2], per_page=[10]}",
        "{access_role=[owner], page=[3], per_page=[10]}");
    assertThat(server.sent).allMatch(r -> r.operation().equals("things.list"));
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
      Server server = new Server(30, shape);
      assertThat(ids(server, 10)).isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList());
      // the total is known: no trailing empty page is requested
      assertThat(server.sent).hasSize(3);
    }
  }

  @Test
  void anythingElseIsADecodeError() {
    Server server = new Server(3, m -> "{\"items\": []}");
    StepVerifier.create(PagedFlux.fromRequest(server, NexlaRequest.get("/things").build(), 10, n -> n))
        .expectError(NexlaDecodeException.class)
        .verify();
  }
}
