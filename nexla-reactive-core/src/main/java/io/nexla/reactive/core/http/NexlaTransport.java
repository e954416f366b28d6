package io.nexla.reactive.core.http;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.auth.AccessToken;
import java.net.URI;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;

/**
 * Sends {@link NexlaRequest}s: authentication, retries, rate limiting, error mapping and observation all happen
 * here, once, for every resource method. Implementations are thread-safe and shared by the whole client.
 */
public interface NexlaTransport extends AutoCloseable {

  /**
   * Emits the buffered response of a successful exchange (status below 300). Cold: nothing is sent until
   * subscription, and each subscription is a new operation with its own request id and retries. One exception: a
   * DELETE retried after an attempt the server may have carried out, whose retry answers 404, emits that 404 with
   * an empty body — the resource is gone, most likely deleted by the earlier attempt.
   *
   * <p>Signals {@code NexlaServiceException} subclasses for error statuses, {@code NexlaTransportException},
   * {@code NexlaTimeoutException}, {@code NexlaAuthenticationException} or {@code NexlaDecodeException}.
   */
  Mono<NexlaResponse> exchange(NexlaRequest request);

  /** Like {@link #exchange} and decodes the body; completes empty when the body is empty or JSON null. */
  default <T> Mono<T> retrieve(NexlaRequest request, Class<T> type) {
    return exchange(request).handle((r, sink) -> {
      T value = r.decode(type);
      if (value != null) {
        sink.next(value);
      }
    });
  }

  /** Like {@link #exchange} and decodes the body; completes empty when the body is empty or JSON null. */
  default <T> Mono<T> retrieve(NexlaRequest request, JavaType type) {
    return exchange(request).handle((r, sink) -> {
      T value = r.decode(type);
      if (value != null) {
        sink.next(value);
      }
    });
  }

  /**
   * Streams the body at {@code url} (a download link) without buffering it. No bearer token is sent to a host
   * other than the configured API host; when that host answers 401 before any byte (a token that expired early or
   * was revoked), the download is sent once more with a new token, as any other request is. Not retried once bytes
   * have been emitted. Observed as one {@code nexla.client.operation} named {@code download}, from subscription to
   * the last byte. Signals the error types of {@link #exchange}. Each emitted buffer must be released by the
   * consumer (as with any {@code DataBuffer} stream).
   */
  Flux<DataBuffer> download(URI url, RequestOptions options);

  /**
   * {@code POST /token/logout} with the current token, then forgets it. Completes empty; HTTP errors are ignored
   * (best effort). Sends nothing if no token was ever obtained.
   */
  Mono<Void> logout();

  /** The client's local state (token, rate limiter, circuit breaker), read without any network call. */
  default ClientHealth health() {
    return new ClientHealth(ClientHealth.TokenState.NONE, null, null, null);
  }

  /**
   * Emits the access token calls are sent with now: the cached one, or — when none is cached or it is due for
   * refresh — a new one, obtained on subscription (shared with concurrent callers). Signals
   * {@code NexlaAuthenticationException} when no token can be had.
   */
  default Mono<AccessToken> accessToken() {
    return Mono.error(new UnsupportedOperationException("This transport does not manage access tokens"));
  }

  /**
   * Forgets the current token and emits a new one, obtained on subscription with the service key (read again
   * from its credential source) or from the access-token source. Signals {@code NexlaAuthenticationException} for a
   * fixed access token, which cannot be refreshed, or when no token can be had.
   */
  default Mono<AccessToken> refreshAccessToken() {
    return Mono.error(new UnsupportedOperationException("This transport does not manage access tokens"));
  }

  /** The configuration this transport was built with. */
  NexlaClientOptions options();

  /** Releases resources this transport owns (its connection pool); idempotent. */
  @Override
  void close();
}
