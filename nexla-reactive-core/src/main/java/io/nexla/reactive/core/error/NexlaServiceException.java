package io.nexla.reactive.core.error;

import io.nexla.reactive.core.internal.KnownSecrets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * The Nexla API answered with an HTTP error status (400 or above). Subclasses exist per status family; use
 * {@link #status()} for anything finer.
 *
 * <p>The message is built from the body's {@code message}, else its {@code error}, else the status line.
 */
public class NexlaServiceException extends NexlaException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorContext context;
  private final @Nullable String serverMessage;
  private final @Nullable Duration retryAfter;

  public NexlaServiceException(ErrorContext context, @Nullable String serverMessage) {
    this(context, serverMessage, null);
  }

  /**
   * @param context the failed exchange
   * @param serverMessage the server's message, if any
   * @param retryAfter the wait the server asked for with this answer, if any
   */
  protected NexlaServiceException(ErrorContext context, @Nullable String serverMessage,
      @Nullable Duration retryAfter) {
    super(describe(context, serverMessage));
    this.context = context;
    this.serverMessage = KnownSecrets.maskEverywhere(serverMessage);
    this.retryAfter = retryAfter;
  }

  private static String describe(ErrorContext c, @Nullable String serverMessage) {
    StringBuilder sb = new StringBuilder();
    sb.append("HTTP ").append(c.status()).append(' ').append(c.method()).append(' ').append(c.pathTemplate());
    if (c.operation() != null) {
      sb.append(" (").append(c.operation()).append(')');
    }
    sb.append(": ").append(serverMessage != null ? serverMessage : "no message in response");
    if (c.requestId() != null) {
      sb.append(" [request id ").append(c.requestId()).append(']');
    }
    if (c.attempts() > 1) {
      sb.append(" after ").append(c.attempts()).append(" attempts");
    }
    return sb.toString();
  }

  /** HTTP status code. */
  public int status() {
    return context.status();
  }

  /** Everything known about the failed exchange. */
  public ErrorContext context() {
    return context;
  }

  /** The server's message ({@code message}, else {@code error} of the body), if any. */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /** The parsed (redacted) error body, if the server sent JSON. */
  public Optional<JsonNode> body() {
    return Optional.ofNullable(context.body());
  }

  /**
   * The headers of the failed response: read-only, names case-insensitive, every value of a repeated header kept.
   * Values of secret-bearing headers ({@code Set-Cookie}, {@code Authorization}, API keys, tokens) are masked; the
   * exception's message and {@code toString()} never include headers.
   */
  public HttpHeaders headers() {
    return context.headers();
  }

  /** The client request id shared by all attempts of the operation. */
  public Optional<String> requestId() {
    return Optional.ofNullable(context.requestId());
  }

  /** Number of attempts made before giving up. */
  public int attempts() {
    return context.attempts();
  }

  /**
   * How long the server asked the client to wait before another attempt ({@code Retry-After-Ms},
   * {@code Retry-After} or the body's {@code retry_after}), if it said so. The retry decision reads it from here.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
