package io.nexla.reactive.core.testing;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.auth.AccessToken;
import io.nexla.reactive.core.http.ClientHealth;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.json.NexlaJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.JsonNode;

/**
 * A transport for tests of code built on the client: records every {@link NexlaRequest} when it is sent (on
 * subscription, once per attempt the caller subscribes), and answers it from a script or through a real
 * transport ({@link #forwardingTo}). Nothing touches the network unless it forwards.
 *
 * <pre>{@code
 * RecordingTransport transport = new RecordingTransport().answer("{\"id\": 7, \"name\": \"orders\"}");
 * NexlaClient client = NexlaClient.of(transport);
 * client.sources().get(7).block();
 * assertThat(RecordingTransport.line(transport.single())).isEqualTo("GET /data_sources/7");
 * }</pre>
 *
 * <p>Scripted answers: {@code {"id": 1}} until told otherwise; a body answered with {@link #answer} is a 200 (an
 * empty body a 204), and later pages of a paged list ({@code page} other than 1) get {@code []} as from the API;
 * {@link #respond} gives whole responses or errors, with their own timing. Thread-safe; the script may be changed
 * between steps of a test.
 */
public final class RecordingTransport implements NexlaTransport {

  private static final NexlaClientOptions DEFAULT_OPTIONS =
      NexlaClientOptions.builder().serviceKey("test-key").build();

  private final List<NexlaRequest> requests = new CopyOnWriteArrayList<>();
  private final List<URI> downloads = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger closed = new AtomicInteger();
  private final NexlaClientOptions options;
  private final @Nullable NexlaTransport delegate;
  private volatile Function<NexlaRequest, Mono<NexlaResponse>> script = bodies(r -> "{\"id\": 1}", true);
  private volatile BiFunction<URI, RequestOptions, Flux<DataBuffer>> artifacts =
      (url, o) -> Flux.error(new UnsupportedOperationException("no download is scripted"));
  private volatile @Nullable Supplier<ClientHealth> health;

  /** Options with a service key {@code test-key} and the default base URL; nothing is ever sent with them. */
  public RecordingTransport() {
    this(DEFAULT_OPTIONS, null);
  }

  /** Reports these options, e.g. a test scheduler for the client's timers or a credential a test checks for. */
  public RecordingTransport(NexlaClientOptions options) {
    this(options, null);
  }

  private RecordingTransport(NexlaClientOptions options, @Nullable NexlaTransport delegate) {
    this.options = Objects.requireNonNull(options, "options");
    this.delegate = delegate;
  }

  /** Options with an access token and {@code scheduler} for the client's timers (polls, retry waits). */
  public static RecordingTransport on(Scheduler scheduler) {
    return new RecordingTransport(NexlaClientOptions.builder().accessToken("test-token").scheduler(scheduler)
        .build());
  }

  /**
   * Records what is sent and lets {@code real} send it and answer: exchanges, downloads, tokens, health, options
   * and closing are the real transport's.
   */
  public static RecordingTransport forwardingTo(NexlaTransport real) {
    RecordingTransport recording = new RecordingTransport(real.options(), real);
    recording.script = real::exchange;
    recording.artifacts = real::download;
    return recording;
  }

  /** Answers every request with this JSON body; later pages of a paged list get {@code []}. */
  public RecordingTransport answer(String body) {
    return answer(r -> body);
  }

  /** Answers each request with the JSON body the function gives; later pages of a paged list get {@code []}. */
  public RecordingTransport answer(Function<NexlaRequest, String> body) {
    script = bodies(body, true);
    return this;
  }

  /** Answers every request, later pages included, with the JSON body the function gives. */
  public RecordingTransport answerEveryRequest(Function<NexlaRequest, String> body) {
    script = bodies(body, false);
    return this;
  }

  /** Answers each request with what the function returns: a response, an error, on any schedule. */
  public RecordingTransport respond(Function<NexlaRequest, Mono<NexlaResponse>> responses) {
    script = Objects.requireNonNull(responses, "responses");
    return this;
  }

  /** Serves each download from the function; by default a download signals {@code UnsupportedOperationException}. */
  public RecordingTransport serveDownloads(BiFunction<URI, RequestOptions, Flux<DataBuffer>> downloads) {
    artifacts = Objects.requireNonNull(downloads, "downloads");
    return this;
  }

  /** Reports what the supplier gives as {@link #health()}, read on each call (it may throw). */
  public RecordingTransport health(Supplier<ClientHealth> snapshots) {
    health = Objects.requireNonNull(snapshots, "snapshots");
    return this;
  }

  /** The requests sent so far, in order, live (a test may {@code clear()} it between steps). */
  public List<NexlaRequest> requests() {
    return requests;
  }

  /** The only request sent; fails the test when there was not exactly one. */
  public NexlaRequest single() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests);
    }
    return requests.get(0);
  }

  /** The first request sent; fails the test when none was. */
  public NexlaRequest first() {
    if (requests.isEmpty()) {
      throw new AssertionError("no request was sent");
    }
    return requests.get(0);
  }

  /** The latest request sent; fails the test when none was. */
  public NexlaRequest last() {
    if (requests.isEmpty()) {
      throw new AssertionError("no request was sent");
    }
    return requests.get(requests.size() - 1);
  }

  /** The download links requested so far, in order. */
  public List<URI> downloads() {
    return List.copyOf(downloads);
  }

  /** Exchanges sent and not yet answered, failed or cancelled. */
  public int inFlight() {
    return inFlight.get();
  }

  /** The most exchanges that were in flight at once. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** How many times {@link #close()} was called. */
  public int closeCount() {
    return closed.get();
  }

  /** A response with this status, raw body and headers given as name, value, name, value, …. */
  public static Mono<NexlaResponse> reply(int status, String body, String... headerNamesAndValues) {
    HttpHeaders headers = new HttpHeaders();
    for (int i = 0; i + 1 < headerNamesAndValues.length; i += 2) {
      headers.add(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
    }
    return Mono.just(new NexlaResponse(status, headers,
        body.getBytes(StandardCharsets.UTF_8), "test-request", 1));
  }

  /** A 200 response whose body is {@code value} written as JSON by the client's mapper. */
  public static Mono<NexlaResponse> ok(Object value) {
    return reply(200, NexlaJson.mapper().writeValueAsString(value));
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

  /** The request body as the JSON the client sends, or {@code null} when there is none. */
  public static @Nullable String json(NexlaRequest request) {
    return request.body() == null ? null : NexlaJson.mapper().writeValueAsString(request.body());
  }

  /** Records the request on subscription, then emits the script's answer; in flight until it ends. */
  @Override
  public Mono<NexlaResponse> exchange(NexlaRequest request) {
    return Mono.defer(() -> {
      requests.add(request);
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      // counted as done before the answer travels on, which may already send the next request
      AtomicBoolean done = new AtomicBoolean();
      Runnable finished = () -> {
        if (done.compareAndSet(false, true)) {
          inFlight.decrementAndGet();
        }
      };
      return script.apply(request).doOnEach(signal -> finished.run()).doOnCancel(finished);
    });
  }

  /** Records the link on subscription, then streams what {@link #serveDownloads} gives. */
  @Override
  public Flux<DataBuffer> download(URI url, RequestOptions requestOptions) {
    return Flux.defer(() -> {
      downloads.add(url);
      return artifacts.apply(url, requestOptions);
    });
  }

  /** The real transport's logout when forwarding; otherwise completes empty. */
  @Override
  public Mono<Void> logout() {
    return delegate == null ? Mono.empty() : delegate.logout();
  }

  @Override
  public ClientHealth health() {
    Supplier<ClientHealth> snapshots = health;
    if (snapshots != null) {
      return snapshots.get();
    }
    return delegate == null ? NexlaTransport.super.health() : delegate.health();
  }

  @Override
  public Mono<AccessToken> accessToken() {
    return delegate == null ? NexlaTransport.super.accessToken() : delegate.accessToken();
  }

  @Override
  public Mono<AccessToken> refreshAccessToken() {
    return delegate == null ? NexlaTransport.super.refreshAccessToken() : delegate.refreshAccessToken();
  }

  @Override
  public NexlaClientOptions options() {
    return options;
  }

  /** Counts the call ({@link #closeCount()}) and closes the real transport when forwarding. */
  @Override
  public void close() {
    closed.incrementAndGet();
    if (delegate != null) {
      delegate.close();
    }
  }

  private Function<NexlaRequest, Mono<NexlaResponse>> bodies(Function<NexlaRequest, String> body,
      boolean laterPagesEmpty) {
    Objects.requireNonNull(body, "body");
    return request -> Mono.fromSupplier(() -> {
      List<String> page = request.query().get("page");
      boolean laterPage = page != null && !page.equals(List.of("1"));
      String text = laterPage && laterPagesEmpty ? "[]" : body.apply(request);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      return new NexlaResponse(bytes.length == 0 ? 204 : 200, new HttpHeaders(), bytes,
          "test-" + requests.size(), 1);
    });
  }
}
