package io.nexla.reactive.core.http;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.internal.Redaction;
import io.nexla.reactive.core.json.NexlaJson;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * A successful (status below 300), fully buffered response. Error statuses and redirects never reach callers as a response:
 * they are signalled as {@code NexlaServiceException}s.
 *
 * @param status HTTP status
 * @param headers response headers (read-only)
 * @param body the body bytes; empty for 204 or an empty body
 * @param requestId the client request id sent with every attempt of the operation
 * @param attempts attempts made, at least 1
 */
public record NexlaResponse(int status, HttpHeaders headers, byte[] body, String requestId, int attempts) {

  /** Whether the body is empty (204, or zero bytes). */
  public boolean isEmpty() {
    return body.length == 0;
  }

  /** The body as UTF-8 text. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Decodes the body as {@code type}, or returns {@code null} for an empty body or JSON {@code null}.
   *
   * @throws NexlaDecodeException if the body is not JSON of the expected shape
   */
  public <T> @Nullable T decode(Class<T> type) {
    return decode(NexlaJson.mapper().constructType(type));
  }

  /**
   * Decodes the body as {@code type}, or returns {@code null} for an empty body or JSON {@code null}.
   *
   * @throws NexlaDecodeException if the body is not JSON of the expected shape
   */
  public <T> @Nullable T decode(JavaType type) {
    if (isEmpty()) {
      return null;
    }
    try {
      return NexlaJson.reader(type).readValue(body);
    } catch (JacksonException e) {
      // Jackson's messages quote offending tokens, which may be secrets: keep a redacted message and location only.
      String location = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new NexlaDecodeException("Response body is not valid JSON for " + type.toCanonical() + " ("
          + Redaction.redactText(e.getOriginalMessage()) + location + ")", status, excerpt(body), null);
    }
  }

  /** The body as a JSON tree ({@code null} when empty). */
  public @Nullable JsonNode json() {
    return decode(JsonNode.class);
  }

  /** First characters of a body, whitespace collapsed and secrets masked, for error messages (at most ~160 chars). */
  public static @Nullable String excerpt(byte[] body) {
    return io.nexla.reactive.core.internal.ErrorMapper.excerpt(body);
  }

  @Override
  public String toString() {
    return "NexlaResponse[status=" + status + ", bytes=" + body.length + ", requestId=" + requestId
        + ", attempts=" + attempts + "]";
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
