package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * What is known about the HTTP exchange behind a {@link NexlaServiceException}.
 *
 * @param status HTTP status code
 * @param method HTTP method
 * @param pathTemplate path template of the request (e.g. {@code /data_sources/{id}}), never the expanded URL
 * @param operation logical operation name (e.g. {@code sources.get}), or {@code null}
 * @param requestId the client request id sent with every attempt, or {@code null}
 * @param body the parsed error body (secret fields redacted), or {@code null} when empty or not JSON
 * @param bodyExcerpt a short, redacted excerpt of a body that was not JSON, or {@code null}
 * @param attempts number of attempts made for this operation, at least 1
 * @param headers the response headers, read-only, with the values of secret-bearing ones (cookies, authorization,
 *     keys, tokens) masked
 */
public record ErrorContext(
    int status,
    String method,
    String pathTemplate,
    @Nullable String operation,
    @Nullable String requestId,
    @Nullable JsonNode body,
    @Nullable String bodyExcerpt,
    int attempts,
    HttpHeaders headers) {

  /** A context without response headers (for failures built outside an HTTP exchange). */
  public ErrorContext(int status, String method, String pathTemplate, @Nullable String operation,
      @Nullable String requestId, @Nullable JsonNode body, @Nullable String bodyExcerpt, int attempts) {
    this(status, method, pathTemplate, operation, requestId, body, bodyExcerpt, attempts, HttpHeaders.EMPTY);
  }

  /** A copy with the attempt count replaced. */
  public ErrorContext withAttempts(int newAttempts) {
    return new ErrorContext(status, method, pathTemplate, operation, requestId, body, bodyExcerpt, newAttempts, headers);
  }
}
