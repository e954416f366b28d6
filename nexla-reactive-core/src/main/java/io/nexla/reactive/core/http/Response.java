package io.nexla.reactive.core.http;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A decoded value together with the HTTP facts of the response that produced it.
 *
 * @param value the decoded value, or {@code null} for operations that emit nothing (deletes)
 * @param status HTTP status of the final attempt
 * @param headers response headers of the final attempt
 * @param requestId the client request id shared by all attempts
 * @param attempts attempts made
 */
public record Response<T>(@Nullable T value, int status, HttpHeaders headers, String requestId, int attempts) {

  /** The value, if the operation produced one. */
  public Optional<T> valueOptional() {
    return Optional.ofNullable(value);
  }
}
