package io.nexla.reactive.core.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.auth.AccessToken;
import io.nexla.reactive.core.auth.TokenCache;
import io.nexla.reactive.core.error.CircuitOpenException;
import io.nexla.reactive.core.error.ErrorMapper;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.UnauthorizedException;
import io.nexla.reactive.core.internal.KnownSecrets;
import io.nexla.reactive.core.internal.Redaction;
import io.nexla.reactive.core.internal.RequestUri;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.observation.MetricsBinding;
import io.nexla.reactive.core.observation.NexlaClientMetrics;
import io.nexla.reactive.core.observation.NexlaClientRequestObservationConvention;
import io.nexla.reactive.core.observation.NexlaOperationContext;
import io.nexla.reactive.core.observation.OperationObservation;
import io.nexla.reactive.core.retry.ClientRateLimit;
import io.nexla.reactive.core.retry.PermitSource;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.core.retry.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.core.JacksonException;

/**
 * The transport on WebClient and Reactor Netty. Per operation (subscription): observation, overall deadline,
 * retries; per attempt: rate-limiter permit, bearer token (one replay after a 401 with a fresh token), headers,
 * the exchange with its body buffered up to the configured limit, error mapping.
 */
final class DefaultNexlaTransport implements NexlaTransport {

  /** Same value on every attempt of one operation. */
  static final String REQUEST_ID_HEADER = "X-Request-Id";
  /** 1 for the first attempt, then 2, 3, … (token replays included). */
  static final String ATTEMPT_HEADER = "X-Nexla-Attempt";

  /**
   * The request attribute WebClient's observation reads the URI template from (the name WebClient itself uses when
   * given a template); set because the client expands its templates itself.
   */
  private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

  /** The operation name and path shown for downloads (a download link is not a templated API path). */
  private static final String DOWNLOAD_OPERATION = "download";
  private static final String DOWNLOAD_PATH = "(download)";

  private static final Logger log = LoggerFactory.getLogger(WebClientTransport.class);
  private static final byte[] EMPTY = new byte[0];
  private static final Set<String> LOGGED_HEADERS = Set.of("accept", "content-type", "content-length",
      "user-agent", "x-request-id", "x-nexla-attempt", "retry-after", "retry-after-ms", "location", "date");

  private final NexlaClientOptions options;
  private final String baseUrl;
  private final ConnectionProvider pool;
  /** For idempotent requests: Reactor Netty may silently resend once on a stale pooled connection. */
  private final WebClient idempotentClient;
  /** For POST/PATCH: no silent resend, a create must never be sent twice. */
  private final WebClient writeClient;
  private final TokenCache tokens;
  private final NexlaClientMetrics metrics;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final KnownSecrets secrets = new KnownSecrets();

  DefaultNexlaTransport(NexlaClientOptions options) {
    this.options = options;
    this.baseUrl = options.baseUrl().toString();
    this.metrics = NexlaClientMetrics.of(options.meterRegistry().orElse(null));
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
        .responseTimeout(options.responseTimeout())
        .compress(true);
    http = HttpClientSettings.apply(http, options);
    this.idempotentClient = webClient(http);
    this.writeClient = webClient(http.disableRetry(true));
    this.tokens = new TokenCache(options, this::exchange, secrets::add);
    options.serviceKey().ifPresent(key -> secrets.add(key.reveal()));
    options.accessToken().ifPresent(token -> secrets.add(token.reveal()));
    options.proxy().password().ifPresent(password -> secrets.add(password.reveal()));
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
        op = new Operation(request);
      } catch (NexlaException e) {
        return Mono.error(e);
      }
      Mono<NexlaResponse> retried = Mono.defer(() -> attempt(op)).retryWhen(op.retry.asRetry());
      Mono<NexlaResponse> call = options.circuitBreaker()
          .map(breaker -> retried.transformDeferred(CircuitBreakerOperator.of(breaker))
              .onErrorMap(CallNotPermittedException.class, e -> new CircuitOpenException(op.description
                  + " was not sent: circuit breaker '" + breaker.getName() + "' is " + breaker.getState(),
                  breaker.getName(), null)))
          .orElse(retried)
          .timeout(op.budget, Mono.error(op::deadlineExceeded), options.scheduler())
          .onErrorMap(op::finalError)
          .doOnNext(response -> ResponseCapture.record(context, response));
      MetricsBinding.bind(context, metrics, request.operation());
      return op.observed == null ? call : OperationObservation.observe(options.observationRegistry(),
          options.observationConvention().orElse(null), op.observed, context, call);
    });
  }

  private Mono<NexlaResponse> attempt(Operation op) {
    if (!op.request.authenticated()) {
      return send(op, null);
    }
    AccessToken ready = tokens.usableNow();
    return ready != null ? sendWithReplay(op, ready) : tokens.get().flatMap(token -> sendWithReplay(op, token));
  }

  private Mono<NexlaResponse> sendWithReplay(Operation op, AccessToken token) {
    return send(op, token)
        .onErrorResume(UnauthorizedException.class, rejected -> replayWithNewToken(op, token, rejected));
  }

  private Mono<NexlaResponse> replayWithNewToken(Operation op, AccessToken rejected, UnauthorizedException e) {
    if (!tokens.refreshable() || op.authReplayed) {
      return Mono.error(e);
    }
    op.authReplayed = true;
    tokens.invalidate(rejected);
    log.debug("{}: HTTP 401 with token generation {}; replaying once with a new token", op.description,
        rejected.generation());
    return tokens.get().flatMap(token -> send(op, token));
  }

  private Mono<NexlaResponse> send(Operation op, @Nullable AccessToken token) {
    Mono<NexlaResponse> exchange = Mono.defer(() -> sendNow(op, token));
    Mono<NexlaResponse> limited = options.rateLimiter()
        .map(limiter -> ClientRateLimit.acquire(limiter, options.scheduler(), metrics::rateLimitWait).then(exchange))
        .orElse(exchange);
    return options.rateLimit()
        .map(source -> ClientRateLimit.around(source, options.scheduler(), metrics::rateLimitWait, limited))
        .orElse(limited);
  }

  private Mono<NexlaResponse> sendNow(Operation op, @Nullable AccessToken token) {
    int attempt = op.attempts.incrementAndGet();
    if (op.observed != null) {
      op.observed.attemptStarted();
    }
    op.retry.recordServerDelay(null);
    NexlaRequest request = op.request;
    WebClient client = request.idempotent() ? idempotentClient : writeClient;
    WebClient.RequestBodySpec spec = client.method(request.method()).uri(op.uri.uri())
        .headers(h -> headers(h, op, attempt, token));
    if (op.uri.template() != null) {
      spec.attribute(URI_TEMPLATE_ATTRIBUTE, op.uri.template());
    }
    logRequest(op, attempt, spec);
    WebClient.RequestHeadersSpec<?> ready = op.body != null
        ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(op.body)
        : spec;
    Mono<NexlaResponse> exchange = ready.exchangeToMono(response -> handle(op, response, attempt))
        .onErrorMap(ErrorMapper::isIoFailure, e -> ErrorMapper.mapIoFailure(e, op.description));
    if (!log.isDebugEnabled()) {
      return exchange; // two operators fewer per attempt when nobody reads the outcome line
    }
    long started = System.nanoTime();
    return exchange
        .doOnSuccess(r -> logAttempt(op, attempt, started, r != null ? "HTTP " + r.status() : "empty"))
        .doOnError(e -> logAttempt(op, attempt, started, e instanceof NexlaServiceException s
            ? "HTTP " + s.status() : "failed: " + e.getClass().getSimpleName()));
  }

  private void headers(HttpHeaders h, Operation op, int attempt, @Nullable AccessToken token) {
    h.set(HttpHeaders.USER_AGENT, options.userAgent());
    if (op.request.authenticated() || op.request.absoluteUrl() == null) {
      // Webhook pushes (absolute URL, no token) send no Accept, as the protocol specifies.
      h.set(HttpHeaders.ACCEPT, options.acceptMediaType());
    }
    op.request.headers().forEach(h::set);
    op.request.options().headers().forEach(h::set);
    h.set(REQUEST_ID_HEADER, op.requestId);
    h.set(ATTEMPT_HEADER, Integer.toString(attempt));
    if (token != null) {
      h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.value().reveal());
    }
  }

  private Mono<NexlaResponse> handle(Operation op, ClientResponse response, int attempt) {
    int status = response.statusCode().value();
    HttpHeaders headers = readOnly(response);
    // Redirects are never followed (the Authorization header must not reach another host), so a 3xx is an
    // error too: taking it for success would report a create or a read that never happened.
    boolean failed = status >= 300;
    int limit = options.maxResponseBytes();
    return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), limit)
        .map(DefaultNexlaTransport::toBytes)
        .defaultIfEmpty(EMPTY)
        .onErrorResume(DataBufferLimitException.class, e -> failed
            ? Mono.just(EMPTY) // the status alone still says what went wrong
            : Mono.error(new NexlaDecodeException("Response body of " + op.description + " is larger than "
                + limit + " bytes (maxResponseBytes)", status, null, null)))
        .map(received -> {
          // A failed answer may echo what the request carried: mask every known secret before anything reads it.
          byte[] body = failed ? secrets.redact(received, op.carriedSecrets()) : received;
          logResponse(op, status, headers, body);
          if (!failed) {
            return new NexlaResponse(status, headers, body, op.requestId, op.attempts.get());
          }
          if (status == 404 && deletedByAnEarlierAttempt(op)) {
            log.debug("{}: HTTP 404 on attempt {} after an attempt the server may have carried out; taken as"
                + " deleted", op.description, attempt);
            return new NexlaResponse(status, headers, EMPTY, op.requestId, op.attempts.get());
          }
          op.retry.recordServerDelay(ErrorMapper.retryAfter(headers, body, options.clock()));
          throw ErrorMapper.map(status, headers, body, op.request.method().name(), op.request.pathTemplate(),
              op.request.operation(), op.requestId, op.attempts.get(), options.clock());
        });
  }

  /**
   * Whether a DELETE answered 404 because an earlier attempt of the same operation deleted the resource. Reporting
   * "not found" then would call a completed delete a failure; a DELETE whose earlier attempts all failed before
   * reaching the server still reports 404.
   */
  private static boolean deletedByAnEarlierAttempt(Operation op) {
    return op.request.method() == HttpMethod.DELETE && op.retry.anEarlierAttemptMayHaveBeenProcessed();
  }

  private static byte[] toBytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  /**
   * A read-only view of a response's headers. No copy: the headers of a received response are a plain object that
   * outlives the connection's buffers.
   */
  private static HttpHeaders readOnly(ClientResponse response) {
    return HttpHeaders.readOnlyHttpHeaders(response.headers().asHttpHeaders());
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
      String requestId = newRequestId();
      String description = "GET " + url.getPath() + " (download) [request id " + requestId + "]";
      RetryOptions retry = requestOptions.retry().orElse(options.retry());
      Instant deadline = options.clock().instant().plus(requestOptions.timeout().orElse(retry.totalBudget()));
      RetryPolicy policy = new RetryPolicy(retry, true, options.scheduler(), options.clock(), deadline, description);
      NexlaOperationContext observed = new NexlaOperationContext(DOWNLOAD_OPERATION, "GET", DOWNLOAD_PATH, null,
          requestId);
      Download download = new Download(url, requestOptions, requestId, policy, observed);
      boolean sendToken = sameOrigin(url, options.baseUrl());
      Flux<DataBuffer> body = Flux.defer(() -> sendToken
          ? tokens.get().flatMapMany(token -> download.fetch(token)
              .onErrorResume(UnauthorizedException.class, rejected -> download.replayWithNewToken(token, rejected)))
          : download.fetch(null));
      Flux<DataBuffer> retried = body
          .onErrorMap(ErrorMapper::isIoFailure, e -> ErrorMapper.mapIoFailure(e, description))
          .doOnNext(buffer -> download.emitted = true)
          .retryWhen(policy.asRetry(() -> !download.emitted));
      Flux<DataBuffer> bounded = DownloadLimits.apply(retried, requestOptions.timeout().orElse(null),
          options.maxDownloadBytes(), options.scheduler(), description);
      return OperationObservation.observeMany(options.observationRegistry(),
          options.observationConvention().orElse(null), observed, context, bounded);
    }).doOnDiscard(DataBuffer.class, DataBufferUtils::release);
  }

  /** One subscription of {@link #download}: its attempts share the request id and the token replay. */
  private final class Download {
    private final URI url;
    private final RequestOptions requestOptions;
    private final String requestId;
    private final RetryPolicy policy;
    private final NexlaOperationContext observed;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean authReplayed;
    volatile boolean emitted;

    Download(URI url, RequestOptions requestOptions, String requestId, RetryPolicy policy,
        NexlaOperationContext observed) {
      this.url = url;
      this.requestOptions = requestOptions;
      this.requestId = requestId;
      this.policy = policy;
      this.observed = observed;
    }

    /** A 401 before any byte arrived: the token expired early or was revoked; one replay with a new token. */
    Flux<DataBuffer> replayWithNewToken(AccessToken rejected, UnauthorizedException e) {
      if (!tokens.refreshable() || authReplayed || emitted) {
        return Flux.error(e);
      }
      authReplayed = true;
      tokens.invalidate(rejected);
      log.debug("GET {} (download): HTTP 401 with token generation {}; replaying once with a new token",
          url.getPath(), rejected.generation());
      return tokens.get().flatMapMany(this::fetch);
    }

    Flux<DataBuffer> fetch(@Nullable AccessToken token) {
      return idempotentClient.get().uri(url)
          .headers(h -> {
            int attempt = attempts.incrementAndGet();
            observed.attemptStarted();
            h.set(HttpHeaders.USER_AGENT, options.userAgent());
            requestOptions.headers().forEach(h::set);
            h.set(REQUEST_ID_HEADER, requestId);
            h.set(ATTEMPT_HEADER, Integer.toString(attempt));
            if (token != null) {
              h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.value().reveal());
            }
          })
          .exchangeToFlux(response -> {
            int status = response.statusCode().value();
            if (status < 300) { // a 3xx body is not the artifact; redirects are not followed
              return response.body(BodyExtractors.toDataBuffers());
            }
            HttpHeaders headers = readOnly(response);
            return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), 64 * 1024)
                .map(DefaultNexlaTransport::toBytes)
                .onErrorResume(DataBufferLimitException.class, e -> Mono.just(EMPTY))
                .defaultIfEmpty(EMPTY)
                .map(bytes -> secrets.redact(bytes, List.of())) // the token sent is a known secret already
                .flatMapMany(bytes -> {
                  policy.recordServerDelay(ErrorMapper.retryAfter(headers, bytes, options.clock()));
                  return Flux.error(ErrorMapper.map(status, headers, bytes, "GET", DOWNLOAD_PATH,
                      DOWNLOAD_OPERATION, requestId, attempts.get(), options.clock()));
                });
          });
    }
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
    return new ClientHealth(tokens.state(), tokens.expiresAt(), permits, breaker, tokens.lastFailure(),
        options.rateLimit().map(PermitSource::state).orElse(null));
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

  /** A random (version 4 format) id from a non-blocking source; {@code UUID.randomUUID()} may block on entropy. */
  static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  // ---- logging ------------------------------------------------------------------------------------------------

  private void logAttempt(Operation op, int attempt, long startedNanos, String outcome) {
    if (log.isDebugEnabled()) {
      log.debug("{} {} -> {} in {} ms (attempt {}, request id {})", op.request.method().name(),
          op.request.pathTemplate(), outcome, (System.nanoTime() - startedNanos) / 1_000_000, attempt, op.requestId);
    }
  }

  private void logRequest(Operation op, int attempt, WebClient.RequestBodySpec spec) {
    if (log.isTraceEnabled()) {
      HttpHeaders sent = new HttpHeaders();
      headers(sent, op, attempt, null);
      log.trace("{} {} request headers {} body {}", op.request.method().name(), op.request.pathTemplate(),
          masked(op, allowedHeaders(sent)), op.body == null ? "(none)" : masked(op, redactedBody(op.body)));
    }
  }

  private void logResponse(Operation op, int status, HttpHeaders headers, byte[] body) {
    if (log.isTraceEnabled()) {
      log.trace("{} {} response {} headers {} body {}", op.request.method().name(), op.request.pathTemplate(),
          status, masked(op, allowedHeaders(headers)),
          body.length == 0 ? "(empty)" : masked(op, redactedBody(body)));
    }
  }

  /** {@code text} with every known secret and every secret the request carried masked by value (TRACE only). */
  private String masked(Operation op, String text) {
    return secrets.redact(text, op.carriedSecrets());
  }

  private static String allowedHeaders(HttpHeaders headers) {
    return headers.headerSet().stream()
        .filter(e -> LOGGED_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT)))
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String redactedBody(byte[] body) {
    var json = ErrorMapper.parseJson(body);
    if (json != null) {
      String text = String.valueOf(Redaction.redact(json));
      return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
    return String.valueOf(ErrorMapper.excerpt(body));
  }

  // ---- per-operation state ---------------------------------------------------------------------------------------

  /** Everything one subscription of {@link #exchange} needs; created at subscription time. */
  private final class Operation {
    final NexlaRequest request;
    final RequestUri uri;
    final String requestId = newRequestId();
    final String description;
    final byte @Nullable [] body;
    final Duration budget;
    final RetryPolicy retry;
    final AtomicInteger attempts = new AtomicInteger();
    /** Null when no observation registry is configured (the context is only read by observation handlers). */
    final @Nullable NexlaOperationContext observed;
    volatile boolean authReplayed;

    Operation(NexlaRequest request) {
      this.request = request;
      try {
        this.uri = RequestUri.of(baseUrl, request);
      } catch (IllegalArgumentException e) {
        throw new NexlaException("Request " + request + " has no valid URI: " + e.getMessage(), null);
      }
      this.description = request.method().name() + " " + request.pathTemplate() + " (" + request.operation()
          + ") [request id " + requestId + "]";
      this.body = serialise(request.body());
      RetryOptions retryOptions = request.options().retry().orElse(options.retry());
      this.budget = request.options().timeout().orElse(retryOptions.totalBudget());
      this.retry = new RetryPolicy(retryOptions, request.idempotent(), options.scheduler(), options.clock(),
          options.clock().instant().plus(budget), description)
          .onRetry((failure, attemptsMade, wait) -> metrics.retry(request.operation(), failure, wait));
      if (options.observationRegistry().isNoop()) {
        this.observed = null;
      } else {
        Object id = request.pathVariables().get("id");
        this.observed = new NexlaOperationContext(request.operation(), request.method().name(),
            request.pathTemplate(), id == null ? null : String.valueOf(id), requestId);
      }
    }

    /** The secrets this request carried, for masking an answer that echoes them. */
    List<String> carriedSecrets() {
      return KnownSecrets.carriedBy(request.headers(), request.query(), body);
    }

    private byte @Nullable [] serialise(@Nullable Object value) {
      if (value == null) {
        return null;
      }
      if (value instanceof byte[] bytes) {
        return bytes;
      }
      try {
        return NexlaJson.mapper().writeValueAsBytes(value);
      } catch (JacksonException e) {
        throw new NexlaException("Request body of " + description + " could not be written as JSON ("
            + e.getOriginalMessage() + ")", null);
      }
    }

    NexlaTimeoutException deadlineExceeded() {
      return new NexlaTimeoutException(description + " did not complete within " + budget + " ("
          + attempts.get() + " attempts)", null);
    }

    Throwable finalError(Throwable error) {
      Throwable mapped = ErrorMapper.isIoFailure(error) ? ErrorMapper.mapIoFailure(error, description) : error;
      for (Throwable previous : retry.previousFailures()) {
        if (previous != mapped) {
          mapped.addSuppressed(compact(previous));
        }
      }
      return mapped;
    }
  }

  /** Frames kept per exception of an earlier attempt; the final error keeps its whole trace. */
  static final int EARLIER_ATTEMPT_FRAMES = 3;

  /**
   * {@code earlier} (an earlier attempt's failure) with its own and its causes' traces cut to their first frames:
   * every attempt ran through the same Netty and Reactor frames, so one failed call stays readable in a log while
   * each attempt's message and cause chain are kept.
   */
  static Throwable compact(Throwable earlier) {
    for (Throwable t = earlier; t != null; t = t.getCause() == t ? null : t.getCause()) {
      StackTraceElement[] frames = t.getStackTrace();
      if (frames.length > EARLIER_ATTEMPT_FRAMES) {
        t.setStackTrace(Arrays.copyOf(frames, EARLIER_ATTEMPT_FRAMES));
      }
    }
    return earlier;
  }
}
