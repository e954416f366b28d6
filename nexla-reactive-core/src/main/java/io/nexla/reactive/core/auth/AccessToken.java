package io.nexla.reactive.core.auth;

import io.nexla.reactive.core.Secret;
import io.nexla.reactive.core.internal.TokenCache;
import java.time.Instant;

/**
 * One access token as cached by {@link TokenCache}. {@link #toString()} never shows the value.
 *
 * @param value the bearer token
 * @param expiresAt when the server said it expires ({@link Instant#MAX} for a direct token)
 * @param refreshAt from when a new token is fetched before use
 * @param generation increases with every token obtained; a 401 invalidates only the generation that failed
 */
public record AccessToken(Secret value, Instant expiresAt, Instant refreshAt, long generation) {

  @Override
  public String toString() {
    return "AccessToken[generation=" + generation + ", expiresAt=" + expiresAt + "]";
  }
}
