package io.nexla.reactive.organizations;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.json.NexlaJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A transport for client unit tests: records each request and answers it with a canned body (an empty string
 * stands for a 204). Like the API, it answers pages after the first of a paged list with an empty array. Shared by
 * the tests of the organisation-side resource groups.
 */
public final class RecordingTransport implements NexlaTransport {

  private final List<NexlaRequest> requests = new CopyOnWriteArrayList<>();
  private final NexlaClientOptions options = NexlaClientOptions.builder().serviceKey("test-key").build();
  private volatile Function<NexlaRequest, String> responder = r -> "{\"id\": 1}";

  /** Answers every request with this body. */
  public RecordingTransport answer(String body) {
    return answer(r -> body);
  }

  /** Answers each request with the body the function gives. */
  public RecordingTransport answer(Function<NexlaRequest, String> responder) {
    this.responder = responder;
    return this;
  }

  /** A client over this transport. */
  public NexlaClient client() {
    return NexlaClient.of(this);
  }

  public List<NexlaRequest> requests() {
    return requests;
  }

  /** The only request sent. */
  public NexlaRequest single() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests);
    }
    return requests.get(0);
  }

  /** The first request sent. */
  public NexlaRequest first() {
    if (requests.isEmpty()) {
      throw new AssertionError("no request was sent");
    }
    return requests.get(0);
  }

  /** The path of a request with its variables filled in. */
  public static String path(NexlaRequest request) {
    String path = request.pathTemplate();
    for (Map.Entry<String, Object> v : request.pathVariables().entrySet()) {
      path = path.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
    }
    return path;
  }

  /** The body of a request as the JSON the library sends, or {@code null} when there is none. */
  public static String json(NexlaRequest request) {
    return request.body() == null ? null : NexlaJson.mapper().writeValueAsString(request.body());
  }

  @Override
  public Mono<NexlaResponse> exchange(NexlaRequest request) {
    return Mono.fromSupplier(() -> {
      requests.add(request);
      List<String> page = request.query().get("page");
      String text = page != null && !page.equals(List.of("1")) ? "[]" : responder.apply(request);
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      return new NexlaResponse(body.length == 0 ? 204 : 200, new HttpHeaders(), body, "req-1", 1);
    });
  }

  @Override
  public Flux<DataBuffer> download(URI url, RequestOptions options) {
    return Flux.error(new UnsupportedOperationException("download"));
  }

  @Override
  public Mono<Void> logout() {
    return Mono.empty();
  }

  @Override
  public NexlaClientOptions options() {
    return options;
  }

  @Override
  public void close() {}
}
