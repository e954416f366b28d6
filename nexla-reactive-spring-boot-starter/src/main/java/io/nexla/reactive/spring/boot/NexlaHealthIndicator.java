package io.nexla.reactive.spring.boot;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.ClientHealth;
import java.net.URI;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of a {@link NexlaClient}, from its local state only: no request is sent to Nexla, so a health check
 * never spends rate limit or waits on the network.
 *
 * <p>Status: {@code DOWN} when the last attempt to obtain a token failed ({@code tokenState=FAILED}), or when the
 * client uses a direct access token that has expired ({@code tokenState=EXPIRED}; it cannot be refreshed). In both
 * cases calls fail until the configuration or the credential is fixed. Otherwise {@code UP}: no token yet (tokens
 * are obtained by the first call), a token due for refresh, or an expired token of a service-key client (the next
 * call refreshes it). An open circuit breaker or an exhausted rate limiter is reported but stays {@code UP}: both
 * are transient and an outage of the remote API should not take the application out of service.
 *
 * <p>Details: {@code authentication} ({@code service-key} or {@code access-token}), {@code baseUrl} (without any
 * user info or query), {@code tokenState}, and when known {@code tokenExpiresAt}, {@code circuitBreaker} and
 * {@code rateLimitPermits}. Never a credential or token.
 */
public class NexlaHealthIndicator implements HealthIndicator {

  private final NexlaClient client;

  /** A health indicator of {@code client}. */
  public NexlaHealthIndicator(NexlaClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public Health health() {
    NexlaClientOptions options = client.options();
    boolean directToken = options.accessToken().isPresent();
    Health.Builder builder = new Health.Builder()
        .withDetail("authentication", directToken ? "access-token" : "service-key")
        .withDetail("baseUrl", withoutUserInfoOrQuery(options.baseUrl()));
    ClientHealth health;
    try {
      health = client.transport().health();
    } catch (RuntimeException e) {
      // Only the type: a message could quote a request, and this is shown to anyone who can read health.
      return builder.down().withDetail("error", e.getClass().getName()).build();
    }
    ClientHealth.TokenState tokenState = health.tokenState();
    builder.withDetail("tokenState", tokenState.name());
    if (health.tokenExpiresAt() != null) {
      builder.withDetail("tokenExpiresAt", health.tokenExpiresAt().toString());
    }
    if (health.circuitBreakerState() != null) {
      builder.withDetail("circuitBreaker", health.circuitBreakerState());
    }
    if (health.rateLimitPermits() != null) {
      builder.withDetail("rateLimitPermits", health.rateLimitPermits());
    }
    boolean down = tokenState == ClientHealth.TokenState.FAILED
        || (tokenState == ClientHealth.TokenState.EXPIRED && directToken);
    return (down ? builder.down() : builder.up()).build();
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
