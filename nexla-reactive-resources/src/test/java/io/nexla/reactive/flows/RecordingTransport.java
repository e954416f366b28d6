package io.nexla.reactive.flows;

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
 * A transport for model and request-shape tests: records each request as the client built it and answers with a
 * body chosen per request. Tests that need the real HTTP stack use the emulator instead.
 */
public final class RecordingTransport implements NexlaTransport {

  private final List<NexlaRequest> requests = new CopyOnWriteArrayList<>();
  private final NexlaClientOptions options = NexlaClientOptions.builder().serviceKey("test-key").build();
  private volatile Function<NexlaRequest, String> answers = r -> "{}";

  /** Answers every request with the body {@code answers} chooses ({@code ""} for an empty body). */
  public RecordingTransport answering(Function<NexlaRequest, String> answers) {
    this.answers = answers;
    return this;
  }

  public ClientContext context() {
    return new ClientContext(this, RequestOptions.NONE);
  }

  public List<NexlaRequest> requests() {
    return List.copyOf(requests);
  }

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

  /** The request path with its variables filled in. */
  public static String path(NexlaRequest request) {
    String path = request.pathTemplate();
    for (Map.Entry<String, Object> variable : request.pathVariables().entrySet()) {
      path = path.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue()));
    }
    return path;
  }

  /** The request body as the client's mapper writes it. */
  public static JsonNode body(NexlaRequest request) {
    return NexlaJson.mapper().valueToTree(request.body());
  }

  @Override
  public Mono<NexlaResponse> exchange(NexlaRequest request) {
    return Mono.fromCallable(() -> {
      requests.add(request);
      byte[] body = answers.apply(request).getBytes(StandardCharsets.UTF_8);
      return new NexlaResponse(200, HttpHeaders.EMPTY, body, "test-" + requests.size(), 1);
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
