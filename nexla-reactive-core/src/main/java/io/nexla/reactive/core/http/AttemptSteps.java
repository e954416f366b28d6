package io.nexla.reactive.core.http;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.auth.AccessToken;
import io.nexla.reactive.core.error.UnauthorizedException;
import io.nexla.reactive.core.internal.ErrorMapper;
import io.nexla.reactive.core.internal.KnownSecrets;
import io.nexla.reactive.core.internal.NexlaClientMetrics;
import io.nexla.reactive.core.internal.TokenCache;
import io.nexla.reactive.core.retry.ClientRateLimit;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Per attempt: request id and attempt headers, the rate-limit permit, the bearer token (one replay with a new
 * token after a 401), then the send on WebClient with the body read by the given {@link BodyReader}.
 */
final class AttemptSteps {

  /** Same value on every attempt of one operation. */
  static final String REQUEST_ID_HEADER = "X-Request-Id";
  /** 1 for the first attempt, then 2, 3, … (token replays included). */
  static final String ATTEMPT_HEADER = "X-Nexla-Attempt";

  /**
   * The request attribute WebClient's observation reads the URI template from (the name WebClient itself uses when
   * given a template); set because the client expands its templates itself.
   */
  private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

  /** How an attempt reads the answer: buffered into one response, or streamed. */
  @FunctionalInterface
  interface BodyReader<T> {
    Flux<T> read(Operation op, ClientResponse response, int attempt);
  }

  private final NexlaClientOptions options;
  /** For idempotent requests: Reactor Netty may silently resend once on a stale pooled connection. */
  private final WebClient idempotentClient;
  /** For POST/PATCH: no silent resend, a create must never be sent twice. */
  private final WebClient writeClient;
  private final TokenCache tokens;
  private final NexlaClientMetrics metrics;
  private final KnownSecrets secrets;

  AttemptSteps(NexlaClientOptions options, WebClient idempotentClient, WebClient writeClient, TokenCache tokens,
      NexlaClientMetrics metrics, KnownSecrets secrets) {
    this.options = options;
    this.idempotentClient = idempotentClient;
    this.writeClient = writeClient;
    this.tokens = tokens;
    this.metrics = metrics;
    this.secrets = secrets;
  }

  /** One attempt of {@code op}: emits what {@code reader} makes of the answer, or the attempt's typed failure. */
  <T> Flux<T> attempt(Operation op, BodyReader<T> reader) {
    if (!op.authenticated) {
      return sendTyped(op, null, reader);
    }
    AccessToken ready = tokens.usableNow();
    return ready != null ? sendTyped(op, ready, reader)
        : tokens.get().flatMapMany(token -> sendTyped(op, token, reader));
  }

  /**
   * {@link #send} with its I/O failures typed and, for a request sent with a token, one replay with a new token after
   * a 401 (one operator for both: this is every call's path).
   */
  private <T> Flux<T> sendTyped(Operation op, @Nullable AccessToken token, BodyReader<T> reader) {
    return send(op, token, reader).onErrorResume(e -> {
      if (ErrorMapper.isIoFailure(e)) {
        return Flux.error(ErrorMapper.mapIoFailure(e, op.description()));
      }
      if (token != null && e instanceof UnauthorizedException rejected) {
        return replayWithNewToken(op, token, rejected, reader);
      }
      return Flux.error(e);
    });
  }

  /** A 401 (before any byte was passed on): the token expired early or was revoked; one replay with a new token. */
  private <T> Flux<T> replayWithNewToken(Operation op, AccessToken rejected, UnauthorizedException e,
      BodyReader<T> reader) {
    if (!tokens.refreshable() || op.authReplayed || op.emitted) {
      return Flux.error(e);
    }
    op.authReplayed = true;
    tokens.invalidate(rejected);
    WireLog.replaying(op, rejected.generation());
    return tokens.get().flatMapMany(token -> sendTyped(op, token, reader));
  }

  /** Sends {@code op} once a rate-limit permit allows; called when the attempt is subscribed. */
  private <T> Flux<T> send(Operation op, @Nullable AccessToken token, BodyReader<T> reader) {
    if (options.rateLimiter().isEmpty() && options.rateLimit().isEmpty()) {
      return sendNow(op, token, reader);
    }
    Flux<T> exchange = Flux.defer(() -> sendNow(op, token, reader));
    Flux<T> limited = options.rateLimiter()
        .map(limiter -> ClientRateLimit.acquire(limiter, options.scheduler(), metrics::rateLimitWait)
            .thenMany(exchange))
        .orElse(exchange);
    return options.rateLimit()
        .map(source -> ClientRateLimit.around(source, options.scheduler(), metrics::rateLimitWait, limited))
        .orElse(limited);
  }

  private <T> Flux<T> sendNow(Operation op, @Nullable AccessToken token, BodyReader<T> reader) {
    int attempt = op.attempts.incrementAndGet();
    if (op.observed != null) {
      op.observed.attemptStarted();
    }
    WebClient client = op.idempotent ? idempotentClient : writeClient;
    WebClient.RequestBodySpec spec = client.method(op.method).uri(op.uri.uri())
        .headers(h -> headers(h, op, attempt, token));
    if (op.uri.template() != null) {
      spec.attribute(URI_TEMPLATE_ATTRIBUTE, op.uri.template());
    }
    if (WireLog.log.isTraceEnabled()) {
      HttpHeaders sent = new HttpHeaders();
      headers(sent, op, attempt, null);
      WireLog.request(op, sent, secrets);
    }
    WebClient.RequestHeadersSpec<?> ready = op.body != null
        ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(op.body)
        : spec;
    return WireLog.outcome(op, attempt, ready.exchangeToFlux(response -> reader.read(op, response, attempt)));
  }

  private void headers(HttpHeaders h, Operation op, int attempt, @Nullable AccessToken token) {
    h.set(HttpHeaders.USER_AGENT, options.userAgent());
    if (op.sendsAccept) {
      h.set(HttpHeaders.ACCEPT, options.acceptMediaType());
    }
    op.headers.forEach(h::set);
    op.optionHeaders.forEach(h::set);
    h.set(REQUEST_ID_HEADER, op.requestId);
    h.set(ATTEMPT_HEADER, Integer.toString(attempt));
    if (token != null) {
      h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.value().reveal());
    }
  }
}
