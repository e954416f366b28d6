package io.nexla.reactive.core.internal;

import io.nexla.reactive.core.CredentialSource;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.Secret;
import io.nexla.reactive.core.auth.AccessToken;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.UnauthorizedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Hands out access tokens, non-blocking and thread-safe.
 *
 * <p>With a service key, a token is obtained lazily with {@code POST /token} ({@code Authorization: Basic <key>},
 * sent verbatim) and cached. Any number of concurrent callers share one token request (single flight). A new
 * token is fetched {@code tokenRefreshMargin} before expiry, but never earlier than 10% of the token's lifetime
 * before it, so that short-lived tokens are not fetched for every call. {@link #invalidate(AccessToken)} drops
 * only the generation that was rejected, so a burst of 401s causes one new token, not one per failed call.
 *
 * <p>A direct access token is used as is and never refreshed; after {@link #logout()} it is gone for good.
 */
public final class TokenCache {

  /** Lifetime assumed when {@code /token} does not say ({@code expires_in} absent). */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(86_400);

  private static final Logger log = LoggerFactory.getLogger(TokenCache.class);

  /** Service keys for {@code POST /token}: the fixed key, or a source read before each token request. */
  private final @Nullable Mono<Secret> serviceKeys;
  /** Direct access tokens read from a source; {@code null} for a fixed direct token or a service key. */
  private final @Nullable Mono<Secret> directTokens;
  private final Clock clock;
  private final Duration refreshMargin;
  private final Function<Secret, Mono<TokenGrant>> fetchToken;
  private final Function<AccessToken, Mono<Void>> sendLogout;
  private final AtomicReference<@Nullable AccessToken> current = new AtomicReference<>();
  private final AtomicReference<@Nullable Mono<AccessToken>> inflight = new AtomicReference<>();
  private final AtomicLong generations = new AtomicLong();
  private final AtomicReference<@Nullable FailedFetch> lastFailure = new AtomicReference<>();
  private final NexlaClientMetrics metrics;
  private final Consumer<String> secretSeen;

  /** The last failure to obtain a token: only its type (and HTTP status), never a message, and when it happened. */
  public record FailedFetch(String reason, Instant at) {}

  /**
   * @param options credentials, clock and refresh margin
   * @param fetchToken exchanges a service key for a token ({@code POST /token}), signalling any failure
   */
  public TokenCache(NexlaClientOptions options, Function<Secret, Mono<TokenGrant>> fetchToken) {
    this(options, fetchToken, token -> Mono.empty(), secret -> { });
  }

  /**
   * @param options credentials, clock and refresh margin
   * @param fetchToken exchanges a service key for a token ({@code POST /token}), signalling any failure
   * @param sendLogout ends a token's session on the server ({@code POST /token/logout})
   * @param secretSeen told every key read from a source and every token obtained, so they can be masked later
   */
  public TokenCache(NexlaClientOptions options, Function<Secret, Mono<TokenGrant>> fetchToken,
      Function<AccessToken, Mono<Void>> sendLogout, Consumer<String> secretSeen) {
    this.secretSeen = secretSeen;
    CredentialSource source = options.credentialSource().orElse(null);
    this.serviceKeys = options.serviceKey().map(Mono::just)
        .orElse(source != null && source.isServiceKey() ? source.read() : null);
    this.directTokens = source != null && !source.isServiceKey() ? source.read() : null;
    this.clock = options.clock();
    this.refreshMargin = options.tokenRefreshMargin();
    this.fetchToken = fetchToken;
    this.sendLogout = sendLogout;
    this.metrics = NexlaClientMetrics.of(options.meterRegistry().orElse(null));
    options.accessToken().ifPresent(
        token -> current.set(new AccessToken(token, Instant.MAX, Instant.MAX, generations.incrementAndGet())));
  }

  /** Whether a rejected token can be replaced (a service key or a token source) rather than being final. */
  public boolean refreshable() {
    return serviceKeys != null || directTokens != null;
  }

  /**
   * Emits a token valid for use now. In service-key mode a token request is sent on subscription when no fresh
   * token is cached (shared with concurrent callers). Signals {@link NexlaAuthenticationException} when no token
   * can be had: the service key was rejected, {@code /token} failed, or a direct token was logged out.
   */
  public Mono<AccessToken> get() {
    return Mono.defer(() -> {
      AccessToken token = usableNow();
      if (token != null) {
        return Mono.just(token);
      }
      if (!refreshable()) {
        return Mono.error(new NexlaAuthenticationException(
            "No access token available: the direct access token was logged out and cannot be renewed", null));
      }
      return sharedFetch();
    });
  }

  /**
   * Forgets the current token and emits a new one: a token request with the service key (read again from its
   * source), or the next value of the access-token source; callers refreshing at the same time share one request.
   * Signals {@link NexlaAuthenticationException} for a fixed direct access token, which cannot be refreshed, and
   * when no token can be had.
   */
  public Mono<AccessToken> refresh() {
    return Mono.defer(() -> {
      if (!refreshable()) {
        return Mono.error(new NexlaAuthenticationException(
            "A fixed access token cannot be refreshed; configure a service key or a credential source", null));
      }
      AccessToken stale = current.get();
      if (stale != null) {
        current.compareAndSet(stale, null);
      }
      return sharedFetch();
    });
  }

  /** The token held now, whether or not it is still fresh; {@code null} when none is held. */
  public @Nullable AccessToken current() {
    return current.get();
  }

  /** Whether a token was ever obtained or configured. */
  public boolean everHeldAToken() {
    return generations.get() > 0;
  }

  /** When the current token expires, if one is held and its lifetime is known. */
  public @Nullable Instant expiresAt() {
    AccessToken token = current.get();
    return token == null || token.expiresAt().equals(Instant.MAX) ? null : token.expiresAt();
  }

  /** The last failure to obtain a token since the last success, if any. */
  public @Nullable FailedFetch lastFailure() {
    return lastFailure.get();
  }

  /**
   * The current token if it can be used now without a token request (a direct token not logged out, or a fetched
   * token not yet due for refresh); otherwise {@code null}, and {@link #get()} decides. Lets a caller skip the
   * reactive step on the common path.
   */
  public @Nullable AccessToken usableNow() {
    AccessToken token = current.get();
    if (token == null || (serviceKeys != null && refreshDue(token.refreshAt(), clock.millis()))) {
      return null;
    }
    return token;
  }

  /**
   * Whether {@code nowMillis} is at or past {@code refreshAt}. Every call asks, so the clock is read as epoch
   * milliseconds: {@code Clock.instant()} costs a native call, {@code Instant.ofEpochMilli} does not.
   */
  static boolean refreshDue(Instant refreshAt, long nowMillis) {
    return !Instant.ofEpochMilli(nowMillis).isBefore(refreshAt);
  }

  /**
   * Forgets {@code rejected} if it is still the current token; a newer token obtained meanwhile is kept. Has no
   * effect for a direct access token.
   */
  public void invalidate(AccessToken rejected) {
    if (refreshable() && current.compareAndSet(rejected, null)) {
      log.debug("Access token generation {} was rejected; a new one will be requested", rejected.generation());
    }
  }

  /**
   * Sends {@code POST /token/logout} with the current token and forgets it; completes empty. Errors are ignored
   * (best effort). Sends nothing when there is no token. Afterwards a service-key client obtains a new token
   * lazily; a direct-token client fails every call locally.
   */
  public Mono<Void> logout() {
    return Mono.defer(() -> {
      AccessToken token = current.getAndSet(null);
      if (token == null) {
        return Mono.empty();
      }
      return sendLogout.apply(token)
          .doOnError(e -> log.debug("Logout failed and was ignored: {}", e.toString()))
          .onErrorResume(e -> Mono.empty())
          .then();
    });
  }

  private Mono<AccessToken> sharedFetch() {
    for (;;) {
      Mono<AccessToken> running = inflight.get();
      if (running != null) {
        return running;
      }
      AtomicReference<Mono<AccessToken>> self = new AtomicReference<>();
      // cache() shares the one token request with every caller that joins while it runs. The slot is cleared
      // before the outcome reaches any caller: a caller whose request is then rejected with this very token (on
      // another event loop, while this one is still emitting) must start a new fetch, not rejoin this one; and a
      // failure is not cached for later callers.
      Mono<AccessToken> fetch = (serviceKeys != null ? requestToken(serviceKeys) : readDirectToken())
          .doOnNext(token -> {
            current.set(token);
            lastFailure.set(null);
            inflight.compareAndSet(self.get(), null);
          })
          .doOnError(e -> {
            lastFailure.set(failure(e, clock.instant()));
            inflight.compareAndSet(self.get(), null);
          })
          .doFinally(signal -> inflight.compareAndSet(self.get(), null))
          .cache();
      self.set(fetch);
      if (inflight.compareAndSet(null, fetch)) {
        return fetch;
      }
    }
  }

  private Mono<AccessToken> readDirectToken() {
    return Objects.requireNonNull(directTokens)
        .doOnNext(token -> secretSeen.accept(token.reveal()))
        .map(token -> new AccessToken(token, Instant.MAX, Instant.MAX, generations.incrementAndGet()))
        .onErrorMap(e -> !(e instanceof NexlaAuthenticationException), e -> new NexlaAuthenticationException(
            "Could not read an access token from the credential source: " + e.getClass().getSimpleName(), e));
  }

  private Mono<AccessToken> requestToken(Mono<Secret> keys) {
    return keys
        .onErrorMap(e -> new NexlaAuthenticationException(
            "Could not read the service key from the credential source: " + e.getClass().getSimpleName(), e))
        .doOnNext(key -> secretSeen.accept(key.reveal()))
        .flatMap(this::requestToken);
  }

  private Mono<AccessToken> requestToken(Secret key) {
    return Mono.defer(() -> {
      long started = System.nanoTime(); // a duration for the token timer, not a deadline: the clock is not needed
      return fetchToken.apply(key)
          .map(this::toToken)
          .onErrorMap(e -> !(e instanceof NexlaAuthenticationException), TokenCache::toAuthenticationFailure)
          .doOnSuccess(token -> metrics.tokenRequest(Duration.ofNanos(System.nanoTime() - started), null))
          .doOnError(e -> metrics.tokenRequest(Duration.ofNanos(System.nanoTime() - started), e));
    });
  }

  private AccessToken toToken(TokenGrant grant) {
    Duration lifetime = lifetime(grant.lifetime());
    Duration ahead = refreshMargin.compareTo(lifetime.dividedBy(10)) < 0 ? refreshMargin : lifetime.dividedBy(10);
    Instant now = clock.instant();
    secretSeen.accept(grant.accessToken());
    AccessToken token = new AccessToken(Secret.of(grant.accessToken(), "accessToken"), now.plus(lifetime),
        now.plus(lifetime).minus(ahead), generations.incrementAndGet());
    log.debug("Obtained access token generation {} valid for {}", token.generation(), lifetime);
    return token;
  }

  private static Duration lifetime(@Nullable Duration granted) {
    return granted != null && granted.compareTo(Duration.ZERO) > 0 ? granted : DEFAULT_LIFETIME;
  }

  /** Only types and an HTTP status: health details are shown to whoever may read them, never a message. */
  private static FailedFetch failure(Throwable e, Instant at) {
    Throwable cause = e instanceof NexlaAuthenticationException && e.getCause() != null ? e.getCause() : e;
    String reason = cause.getClass().getSimpleName();
    if (cause instanceof NexlaServiceException service) {
      reason += " (HTTP " + service.status() + ")";
    }
    return new FailedFetch(reason, at);
  }

  private static Throwable toAuthenticationFailure(Throwable e) {
    if (e instanceof UnauthorizedException unauthorized) {
      return new NexlaAuthenticationException(
          "Authentication failed: POST /token rejected the credentials (HTTP 401); check the service key", unauthorized);
    }
    if (e instanceof NexlaServiceException service) {
      return new NexlaAuthenticationException("Could not obtain an access token: " + service.getMessage(), service);
    }
    if (e instanceof NexlaException nexla) {
      return new NexlaAuthenticationException("Could not obtain an access token: " + nexla.getMessage(), nexla);
    }
    return new NexlaAuthenticationException("Could not obtain an access token: " + e.getClass().getSimpleName(), e);
  }
}
