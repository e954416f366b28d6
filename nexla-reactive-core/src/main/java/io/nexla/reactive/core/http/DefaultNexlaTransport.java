package io.nexla.reactive.core.http;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.auth.AccessToken;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.internal.KnownSecrets;
import io.nexla.reactive.core.internal.NexlaClientMetrics;
import io.nexla.reactive.core.internal.TokenCache;
import io.nexla.reactive.core.observation.NexlaClientRequestObservationConvention;
import io.nexla.reactive.core.retry.PermitSource;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The transport on WebClient and Reactor Netty: wires the request path and answers the {@link NexlaTransport}
 * calls. Per operation ({@link OperationSteps}, {@link RetryStep}): observation, circuit breaker, Resilience4j
 * retries, total budget. Per attempt ({@link AttemptSteps}, {@link ResponseBodies}, {@link WireLog}): request id
 * and attempt headers, rate-limit permit, bearer token, send, buffered or streamed body, error mapping, wire log.
 */
final class DefaultNexlaTransport implements NexlaTransport {

  private final NexlaClientOptions options;
  private final String baseUrl;
  private final ConnectionProvider pool;
  private final TokenCache tokens;
  private final AttemptSteps attempts;
  private final OperationSteps operations;
  private final ResponseBodies bodies;
  private final AtomicBoolean closed = new AtomicBoolean();

  DefaultNexlaTransport(NexlaClientOptions options) {
    this.options = options;
    this.baseUrl = options.baseUrl().toString();
    NexlaClientMetrics metrics = NexlaClientMetrics.of(options.meterRegistry().orElse(null));
    options.circuitBreaker().ifPresent(metrics::circuitBreaker);
    // maxIdleTime stays below common load-balancer idle timeouts (60 s), so that the client closes idle
    // connections before a proxy silently drops them and a request is written into a dead socket.
    this.pool = ConnectionProvider.builder("nexla-reactive")
        .maxConnections(options.maxConnections())
        // Callers beyond maxConnections queue for a connection instead of failing at once (Reactor Netty's default
        // queue holds only 2 x maxConnections); the response timeout and the operation budget bound the wait.
        .pendingAcquireMaxCount(-1)
        .pendingAcquireTimeout(options.connectTimeout().plus(options.responseTimeout()))
        .maxIdleTime(options.maxIdleTime())
        .evictInBackground(min(options.maxIdleTime(), Duration.ofSeconds(30)))
        .build();
    HttpClient http = HttpClient.create(pool)
        .runOn(SpreadLoopResources.INSTANCE)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
            options.connectTimeout().toMillis()))
        .compress(true);
    http = ResponseDeadline.apply(HttpClientSettings.apply(http, options), options.responseTimeout());
    KnownSecrets secrets = new KnownSecrets();
    TokenEndpoint endpoint = new TokenEndpoint(this::exchange);
    this.tokens = new TokenCache(options, endpoint::fetch, endpoint::logout, secrets::add);
    options.serviceKey().ifPresent(key -> secrets.add(key.reveal()));
    options.accessToken().ifPresent(token -> secrets.add(token.reveal()));
    options.proxy().password().ifPresent(password -> secrets.add(password.reveal()));
    this.attempts = new AttemptSteps(options, webClient(http), webClient(http.disableRetry(true)), tokens, metrics,
        secrets);
    this.bodies = new ResponseBodies(options.maxResponseBytes(), secrets, options.clock());
    RetryStep retry = new RetryStep(options.retryRegistry(), options.retry(), options.scheduler(), options.clock(), metrics);
    this.operations = new OperationSteps(options, retry, metrics);
  }

  private WebClient webClient(HttpClient http) {
    WebClient.Builder builder = options.webClientBuilder().map(WebClient.Builder::clone).orElseGet(WebClient::builder)
        .clientConnector(new ReactorClientHttpConnector(http));
    ObservationRegistry registry = options.observationRegistry();
    if (!registry.isNoop() || options.webClientBuilder().isEmpty()) {
      builder.observationRegistry(registry); // otherwise keep the registry of the application's builder
    }
    // The query-free template as "uri" and a masked "http.url" (a webhook URL carries its api_key).
    builder.observationConvention(new NexlaClientRequestObservationConvention());
    return builder.build();
  }

  @Override
  public NexlaClientOptions options() {
    return options;
  }

  @Override
  public Mono<NexlaResponse> exchange(NexlaRequest request) {
    return Mono.deferContextual(context -> {
      Operation op;
      try {
        op = Operation.of(request, baseUrl, options);
      } catch (NexlaException e) {
        return Mono.error(e);
      }
      return operations.single(op, context, Flux.defer(() -> attempts.attempt(op, bodies::buffered)));
    });
  }

  @Override
  public Flux<DataBuffer> download(URI url, RequestOptions requestOptions) {
    String scheme = url.getScheme();
    if (url.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      // Refused before anything is sent, and never retried: no attempt could ever succeed.
      return Flux.error(new NexlaTransportException("Refusing to download from a link that is not an absolute "
          + "http(s) URL (scheme: " + scheme + ")", null, false));
    }
    return Flux.deferContextual(context -> {
      Operation op = Operation.download(url, requestOptions, sameOrigin(url, options.baseUrl()), options);
      return operations.streamed(op, context, requestOptions.timeout().orElse(null),
          Flux.defer(() -> attempts.attempt(op, bodies::streamed)));
    }).doOnDiscard(DataBuffer.class, DataBufferUtils::release);
  }

  /** Whether {@code url} points at the API's own host and port (only then the bearer token is sent). */
  static boolean sameOrigin(URI url, URI base) {
    return url.getHost() != null && url.getHost().equalsIgnoreCase(base.getHost())
        && port(url) == port(base) && String.valueOf(url.getScheme()).equalsIgnoreCase(base.getScheme());
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  @Override
  public ClientHealth health() {
    Integer permits = options.rateLimiter().map(limiter -> limiter.getMetrics().getAvailablePermissions())
        .orElseGet(() -> options.rateLimit().map(PermitSource::availablePermits).orElse(null));
    String breaker = options.circuitBreaker().map(cb -> cb.getState().name()).orElse(null);
    return new ClientHealth(TokenEndpoint.state(tokens, options.clock()), tokens.expiresAt(), permits, breaker,
        TokenEndpoint.lastFailure(tokens), options.rateLimit().map(PermitSource::state).orElse(null));
  }

  @Override
  public Mono<AccessToken> accessToken() {
    return tokens.get();
  }

  @Override
  public Mono<AccessToken> refreshAccessToken() {
    return tokens.refresh();
  }

  @Override
  public Mono<Void> logout() {
    return tokens.logout();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      pool.dispose();
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
