package io.nexla.reactive.core.http;

import io.nexla.reactive.core.Secret;
import io.nexla.reactive.core.auth.AccessToken;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.internal.TokenCache;
import io.nexla.reactive.core.internal.TokenGrant;
import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The token requests handed to {@link TokenCache} as functions ({@code POST /token}, {@code POST /token/logout}),
 * sent through the transport's own pipeline, and the token's state for health checks.
 */
final class TokenEndpoint {

  private final Function<NexlaRequest, Mono<NexlaResponse>> exchange;

  TokenEndpoint(Function<NexlaRequest, Mono<NexlaResponse>> exchange) {
    this.exchange = exchange;
  }

  /** Exchanges {@code key} for a token; signals the transport's typed failure, or one for an answer without one. */
  Mono<TokenGrant> fetch(Secret key) {
    NexlaRequest request = NexlaRequest.post("/token")
        .operation("auth.token")
        .authenticated(false)
        .idempotent(true) // a second token request is harmless
        .header(HttpHeaders.AUTHORIZATION, "Basic " + key.reveal())
        .build();
    return exchange.apply(request).map(TokenEndpoint::toGrant);
  }

  /** Ends {@code token}'s session, once, without retries. */
  Mono<Void> logout(AccessToken token) {
    NexlaRequest request = NexlaRequest.post("/token/logout")
        .operation("auth.logout")
        .authenticated(false)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.value().reveal())
        .options(RequestOptions.builder().retry(RetryOptions.none()).build())
        .build();
    return exchange.apply(request).then();
  }

  /** What is known about the token now, without a request. */
  static ClientHealth.TokenState state(TokenCache tokens, Clock clock) {
    AccessToken token = tokens.current();
    if (token == null) {
      return tokens.lastFailure() != null || !tokens.refreshable() && tokens.everHeldAToken()
          ? ClientHealth.TokenState.FAILED : ClientHealth.TokenState.NONE;
    }
    Instant now = clock.instant();
    if (!now.isBefore(token.expiresAt())) {
      return ClientHealth.TokenState.EXPIRED;
    }
    return now.isBefore(token.refreshAt()) ? ClientHealth.TokenState.VALID : ClientHealth.TokenState.REFRESH_DUE;
  }

  /** The last failure to obtain a token, as health reports it. */
  static ClientHealth.@Nullable TokenFailure lastFailure(TokenCache tokens) {
    TokenCache.FailedFetch failed = tokens.lastFailure();
    return failed == null ? null : new ClientHealth.TokenFailure(failed.reason(), failed.at());
  }

  private static TokenGrant toGrant(NexlaResponse response) {
    JsonNode json = response.isEmpty() ? null : response.json();
    JsonNode value = json == null ? null : json.get("access_token");
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new NexlaAuthenticationException(
          "POST /token answered HTTP " + response.status() + " without an access_token", null);
    }
    return new TokenGrant(value.asString(), lifetime(json.get("expires_in")));
  }

  private static @Nullable Duration lifetime(@Nullable JsonNode expiresIn) {
    if (expiresIn != null && (expiresIn.isNumber() || expiresIn.isString())) {
      try {
        double seconds = expiresIn.isNumber() ? expiresIn.asDouble() : Double.parseDouble(expiresIn.asString());
        if (seconds > 0 && seconds < 1e9) {
          return Duration.ofMillis(Math.round(seconds * 1000));
        }
      } catch (NumberFormatException ignored) {
        // no usable lifetime: the cache assumes its documented default
      }
    }
    return null;
  }
}
