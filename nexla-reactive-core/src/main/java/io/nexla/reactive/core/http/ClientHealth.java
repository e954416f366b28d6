package io.nexla.reactive.core.http;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of the client's local state, taken without any network call (for health checks).
 *
 * @param tokenState state of the cached access token
 * @param tokenExpiresAt when the cached token expires, if one is held
 * @param rateLimitPermits permits currently available in the client-side rate limiter, if one is configured
 * @param circuitBreakerState state of the circuit breaker ({@code CLOSED}, {@code OPEN}, …), if one is configured
 * @param lastTokenFailure why the last attempt to obtain a token failed, if it failed since the last success
 * @param rateLimitState where rate-limit permits come from ({@code SHARED}, {@code LOCAL_FALLBACK}, …), if a
 *     {@code PermitSource} is configured
 */
public record ClientHealth(
    TokenState tokenState,
    @Nullable Instant tokenExpiresAt,
    @Nullable Integer rateLimitPermits,
    @Nullable String circuitBreakerState,
    @Nullable TokenFailure lastTokenFailure,
    @Nullable String rateLimitState) {

  /** A snapshot without a token failure. */
  public ClientHealth(TokenState tokenState, @Nullable Instant tokenExpiresAt, @Nullable Integer rateLimitPermits,
      @Nullable String circuitBreakerState) {
    this(tokenState, tokenExpiresAt, rateLimitPermits, circuitBreakerState, null, null);
  }

  /** A snapshot without a permit source. */
  public ClientHealth(TokenState tokenState, @Nullable Instant tokenExpiresAt, @Nullable Integer rateLimitPermits,
      @Nullable String circuitBreakerState, @Nullable TokenFailure lastTokenFailure) {
    this(tokenState, tokenExpiresAt, rateLimitPermits, circuitBreakerState, lastTokenFailure, null);
  }

  /**
   * A failed attempt to obtain a token.
   *
   * @param reason the failure's type and HTTP status, e.g. {@code UnauthorizedException (HTTP 401)}; never a message
   * @param at when it failed, by the client's clock
   */
  public record TokenFailure(String reason, Instant at) {}

  /** What is known about the access token. */
  public enum TokenState {
    /** No token obtained yet (tokens are fetched lazily by the first call). */
    NONE,
    /** A token is held and not due for refresh. */
    VALID,
    /** A token is held but within its refresh margin; the next call refreshes it. */
    REFRESH_DUE,
    /** The held token has expired (a direct access token cannot be refreshed). */
    EXPIRED,
    /** The last attempt to obtain a token failed. */
    FAILED
  }

  public Optional<Instant> tokenExpiresAtOptional() {
    return Optional.ofNullable(tokenExpiresAt);
  }
}
