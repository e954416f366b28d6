package io.nexla.reactive.spring.boot;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.ClientHealth;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import reactor.core.publisher.Mono;

/**
 * Health of a {@link NexlaClient}: its local state, and optionally whether Nexla answers an authenticated call.
 *
 * <p>Local state (always; no request is sent for it): {@code DOWN} when the last attempt to obtain a token failed
 * ({@code tokenState=FAILED}, with {@code lastTokenFailure} naming the failure's type and HTTP status), or when the
 * client uses a direct access token that has expired ({@code tokenState=EXPIRED}; it cannot be refreshed). In both
 * cases calls fail until the configuration or the credential is fixed. {@code OUT_OF_SERVICE} when the rate limit
 * is shared through Redis, fails fast, and Redis did not answer ({@code rateLimitState=UNAVAILABLE}): calls fail
 * until Redis answers again, which needs no fix. An open circuit breaker, an exhausted rate limiter or a shared limit
 * on its local fallback ({@code rateLimitState=LOCAL_FALLBACK}) is reported but stays {@code UP}: calls still work.
 *
 * <p>Reachability (only when {@linkplain #NexlaHealthIndicator(NexlaClient, Duration, Duration) enabled},
 * {@code nexla.health.reachability.enabled=true}): {@code GET /users/current} is sent (with the client's token,
 * obtaining one if needed) at most once per {@code cacheFor}; its outcome is reused in between, so health checks
 * cost at most one request per period. {@code DOWN} with {@code reachable=false} and {@code reachabilityError} (the
 * failure's type) when it fails or takes longer than {@code timeout}; {@code OUT_OF_SERVICE} instead when a fail-fast
 * shared rate limit refused it ({@code reachabilityError=RateLimitUnavailableException}). The check's call takes a
 * rate-limit permit like any call, so it also lets a shared limit find Redis again without other traffic.
 *
 * <p>Details: {@code authentication}, {@code baseUrl} (without user info or query), {@code tokenState}, and when
 * known {@code tokenExpiresAt}, {@code lastTokenFailure}, {@code lastTokenFailureAt}, {@code circuitBreaker},
 * {@code rateLimitPermits}, {@code rateLimitState} ({@code SHARED}, {@code LOCAL_FALLBACK}, {@code UNAVAILABLE}),
 * {@code reachable}. Never a credential, token or server message.
 */
public class NexlaHealthIndicator implements ReactiveHealthIndicator {

  /** The state of a shared rate limit that fails fast while its store (Redis) does not answer. */
  private static final String RATE_LIMIT_UNAVAILABLE = "UNAVAILABLE";
  /** The simple name of the exception such a limit fails calls with (module nexla-reactive-redis). */
  private static final String RATE_LIMIT_UNAVAILABLE_FAILURE = "RateLimitUnavailableException";

  private final NexlaClient client;
  /** Emits "" when Nexla answered, else the failure's type; {@code null} when the check is off. */
  private final @Nullable Mono<String> reachability;

  /** An indicator of {@code client}'s local state only. */
  public NexlaHealthIndicator(NexlaClient client) {
    this.client = Objects.requireNonNull(client, "client");
    this.reachability = null;
  }

  /**
   * An indicator that also checks, at most once per {@code cacheFor}, that Nexla answers an authenticated call
   * within {@code timeout}.
   */
  public NexlaHealthIndicator(NexlaClient client, Duration cacheFor, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    NexlaClientOptions options = client.options();
    // The outcome, success or failure, is cached for cacheFor on the client's scheduler (so virtual time works);
    // a probe in flight is shared by concurrent health checks.
    this.reachability = client.users().getCurrent()
        .timeout(timeout, options.scheduler())
        .then(Mono.just(""))
        .onErrorResume(e -> Mono.just(e.getClass().getSimpleName()))
        .cache(cacheFor, options.scheduler());
  }

  @Override
  public Mono<Health> health() {
    return Mono.defer(() -> {
      Health.Builder builder = new Health.Builder();
      Status local;
      try {
        local = local(builder);
      } catch (RuntimeException e) {
        // Only the type: a message could quote a request, and this is shown to anyone who can read health.
        return Mono.just(builder.down().withDetail("error", e.getClass().getName()).build());
      }
      if (reachability == null) {
        return Mono.just(builder.status(local).build());
      }
      return reachability.map(failure -> {
        builder.withDetail("reachable", failure.isEmpty());
        if (failure.isEmpty()) {
          return builder.status(local).build();
        }
        builder.withDetail("reachabilityError", failure);
        // A fail-fast shared limit without Redis refused the check's call: that ends by itself, like UNAVAILABLE.
        boolean rateLimitUnavailable = RATE_LIMIT_UNAVAILABLE_FAILURE.equals(failure);
        return builder.status(rateLimitUnavailable && local != Status.DOWN ? Status.OUT_OF_SERVICE : Status.DOWN)
            .build();
      });
    });
  }

  /** Adds the local details; the status they alone give. */
  private Status local(Health.Builder builder) {
    NexlaClientOptions options = client.options();
    boolean directToken = "access-token".equals(options.authentication());
    builder.withDetail("authentication", options.authentication())
        .withDetail("baseUrl", withoutUserInfoOrQuery(options.baseUrl()));
    ClientHealth health = client.transport().health();
    ClientHealth.TokenState tokenState = health.tokenState();
    builder.withDetail("tokenState", tokenState.name());
    if (health.tokenExpiresAt() != null) {
      builder.withDetail("tokenExpiresAt", health.tokenExpiresAt().toString());
    }
    if (health.lastTokenFailure() != null) {
      builder.withDetail("lastTokenFailure", health.lastTokenFailure().reason())
          .withDetail("lastTokenFailureAt", health.lastTokenFailure().at().toString());
    }
    if (health.circuitBreakerState() != null) {
      builder.withDetail("circuitBreaker", health.circuitBreakerState());
    }
    if (health.rateLimitPermits() != null) {
      builder.withDetail("rateLimitPermits", health.rateLimitPermits());
    }
    if (health.rateLimitState() != null) {
      builder.withDetail("rateLimitState", health.rateLimitState());
    }
    if (tokenState == ClientHealth.TokenState.FAILED
        || (tokenState == ClientHealth.TokenState.EXPIRED && directToken)) {
      return Status.DOWN;
    }
    return RATE_LIMIT_UNAVAILABLE.equals(health.rateLimitState()) ? Status.OUT_OF_SERVICE : Status.UP;
  }

  private static String withoutUserInfoOrQuery(URI uri) {
    StringBuilder s = new StringBuilder().append(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() >= 0) {
      s.append(':').append(uri.getPort());
    }
    if (uri.getRawPath() != null) {
      s.append(uri.getRawPath());
    }
    return s.toString();
  }
}
