package io.nexla.reactive.testing;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.internal.ClientContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A transport for client unit tests (model and request-shape tests): records each request as the client built it
 * and answers it with a canned body (an empty string stands for a 204). Tests of the real HTTP stack use the
 * emulator instead.
 */
public final class RecordingTransport implements NexlaTransport {

  private final List<NexlaRequest> requests = new CopyOnWriteArrayList<>();
  private final NexlaClientOptions options = NexlaClientOptions.builder().serviceKey("test-key").build();
  private volatile Function<NexlaRequest, String> responder = r -> "{\"id\": 1}";
  private volatile boolean laterPagesEmpty = true;

  /** Answers every request with this body; later pages of a paged list get {@code []}, as from the API. */
  public RecordingTransport answer(String body) {
    return answer(r -> body);
  }

  /** Answers each request with the body the function gives; later pages of a paged list get {@code []}. */
  public RecordingTransport answer(Function<NexlaRequest, String> responder) {
    this.responder = responder;
    this.laterPagesEmpty = true;
    return this;
  }

  /** Answers every request, later pages included, with the body the function gives. */
  public RecordingTransport answerEveryRequest(Function<NexlaRequest, String> responder) {
    this.responder = responder;
    this.laterPagesEmpty = false;
    return this;
  }

  /** A client over this transport. */
  public NexlaClient client() {
    return NexlaClient.of(this);
  }

  /** A group-client context over this transport. */
  public ClientContext context() {
    return new ClientContext(this, RequestOptions.NONE);
  }

  /** The requests sent so far, live (tests may {@code clear()} it between steps). */
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

  /** The latest request sent. */
  public NexlaRequest last() {
    return requests.get(requests.size() - 1);
  }

  /** {@code VERB /expanded/path?query} of a request, query names in the order added. */
  public static String line(NexlaRequest request) {
    String query = request.query().entrySet().stream()
        .map(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v).collect(Collectors.joining("&")))
        .collect(Collectors.joining("&"));
    return request.method().name() + " " + path(request) + (query.isEmpty() ? "" : "?" + query);
  }

  /** The request path with its variables filled in (not encoded). */
  public static String path(NexlaRequest request) {
    String path = request.pathTemplate();
    for (Map.Entry<String, Object> variable : request.pathVariables().entrySet()) {
      path = path.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue()));
    }
    return path;
  }

  /** The request body as the client's mapper writes it, as a tree. */
  public static JsonNode body(NexlaRequest request) {
    return NexlaJson.mapper().valueToTree(request.body());
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
      boolean laterPage = page != null && !page.equals(List.of("1"));
      String text = laterPage && laterPagesEmpty ? "[]" : responder.apply(request);
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      return new NexlaResponse(body.length == 0 ? 204 : 200, new HttpHeaders(), body,
          "test-" + requests.size(), 1);
    });
  }

  @Override
  public Flux<DataBuffer> download(URI url, RequestOptions options) {
    return Flux.error(new UnsupportedOperationException("downloads are not recorded"));
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
