package io.nexla.reactive.core.internal;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a token endpoint granted: the access token and, when it said, how long the token lives.
 *
 * @param accessToken the token's value, never blank
 * @param lifetime the token's lifetime ({@code expires_in}), or {@code null} when the endpoint did not say
 */
public record TokenGrant(String accessToken, @Nullable Duration lifetime) {

  public TokenGrant {
    Objects.requireNonNull(accessToken, "accessToken");
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "TokenGrant[lifetime=" + lifetime + "]";
  }
}
