package io.nexla.reactive.core.internal;

import io.nexla.reactive.core.error.BadRequestException;
import io.nexla.reactive.core.error.ConflictException;
import io.nexla.reactive.core.error.ErrorContext;
import io.nexla.reactive.core.error.ForbiddenException;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.error.UnauthorizedException;
import io.nexla.reactive.core.error.UnexpectedStatusException;
import io.nexla.reactive.core.error.UnprocessableEntityException;
import io.nexla.reactive.core.json.NexlaJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The one place where HTTP error statuses and I/O failures become typed {@link NexlaException}s. Error bodies
 * are parsed defensively (never throws) and redacted before they are kept.
 */
public final class ErrorMapper {

  private static final int EXCERPT_CHARS = 160;

  private ErrorMapper() {}

  /**
   * Maps an error status ({@code >= 400}, or a redirect, which is never followed) to its exception.
   *
   * @param status HTTP status
   * @param headers response headers (for {@code Retry-After})
   * @param body the raw body, possibly empty
   * @param method HTTP method
   * @param pathTemplate path template of the request, never the expanded URL
   * @param operation logical operation name
   * @param requestId the request id of the operation
   * @param attempts attempts made so far
   * @param clock clock used to read an HTTP-date {@code Retry-After}
   */
  public static NexlaServiceException map(int status, HttpHeaders headers, byte[] body, String method,
      String pathTemplate, @Nullable String operation, @Nullable String requestId, int attempts, Clock clock) {
    JsonNode json = parseJson(body);
    String excerpt = json == null ? excerpt(body) : null;
    ErrorContext context = new ErrorContext(status, method, pathTemplate, operation, requestId,
        Redaction.redact(json), excerpt, attempts, Redaction.redactHeaders(headers));
    String message = json != null ? serverMessage(json) : excerpt;
    Duration retryAfter = RetryAfter.parse(headers, json, clock).orElse(null);
    return switch (status) {
      case 400 -> new BadRequestException(context, message);
      case 401 -> new UnauthorizedException(context, message);
      case 403 -> new ForbiddenException(context, message);
      case 404 -> new NotFoundException(context, message);
      case 409 -> new ConflictException(context, message);
      case 422 -> new UnprocessableEntityException(context, message);
      case 429 -> new RateLimitException(context, message, retryAfter);
      default -> status >= 500 && status <= 599
          ? new ServerException(context, message, retryAfter)
          : new UnexpectedStatusException(context, message);
    };
  }

  /**
   * Maps a failure that happened before a complete response was received. Never keeps a wrapper whose message
   * contains the full URL (it may carry an API key in its query).
   *
   * @param failure the raw failure (Netty, Reactor Netty or WebClient)
   * @param description verb, path template, operation and request id, for the message
   */
  public static NexlaException mapIoFailure(Throwable failure, String description) {
    if (failure instanceof NexlaException nexla) {
      return nexla;
    }
    Throwable root = unwrap(failure);
    String what = root.getClass().getSimpleName() + (root.getMessage() != null ? ": " + root.getMessage() : "");
    if (isTimeout(root)) {
      return new NexlaTimeoutException("No response in time for " + description + " (" + what + ")", root);
    }
    boolean notWritten = root instanceof ConnectException // includes Netty's ConnectTimeoutException
        || root instanceof UnknownHostException
        || root instanceof NoRouteToHostException
        || root instanceof SSLHandshakeException
        || isPoolAcquireFailure(root);
    return new NexlaTransportException(
        (notWritten ? "Could not connect for " : "Connection failed during ") + description + " (" + what + ")",
        root, !notWritten);
  }

  /**
   * Whether {@code failure} is an I/O failure of the HTTP stack (to be mapped by {@link #mapIoFailure}) rather
   * than a programming error that should surface unchanged.
   */
  public static boolean isIoFailure(Throwable failure) {
    String name = failure.getClass().getName();
    return !(failure instanceof NexlaException)
        && (failure instanceof IOException
            || failure instanceof TimeoutException
            || name.startsWith("org.springframework.web.reactive.function.client.")
            || name.startsWith("io.netty.")
            || name.startsWith("reactor.netty.")
            || thrownByNetty(failure));
  }

  /**
   * Whether Netty itself threw {@code failure}: its HTTP decoder reports a malformed response with plain JDK
   * exceptions (e.g. {@code NumberFormatException} for a bad chunk-size line), which must not escape untyped.
   */
  private static boolean thrownByNetty(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith("io.netty.")) {
        return true;
      }
      if (frame.getClassName().startsWith("io.nexla.")) {
        return false; // our own code threw it before Netty's frames: a bug to surface, not an I/O failure
      }
    }
    return false;
  }

  /** The innermost cause that is not a wrapper added by WebClient or Reactor. */
  static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while (current.getCause() != null && current.getCause() != current && isWrapper(current)) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isWrapper(Throwable t) {
    String name = t.getClass().getName();
    return name.startsWith("org.springframework.web.reactive.function.client.")
        || name.startsWith("reactor.core.Exceptions")
        || t.getClass() == RuntimeException.class
        || name.equals("io.netty.channel.ChannelException")
        || name.equals("io.netty.handler.codec.DecoderException");
  }

  private static boolean isTimeout(Throwable t) {
    return t instanceof TimeoutException
        || t.getClass().getName().startsWith("io.netty.handler.timeout.")
        || t instanceof java.net.SocketTimeoutException;
  }

  private static boolean isPoolAcquireFailure(Throwable t) {
    String name = t.getClass().getName();
    return name.startsWith("reactor.netty.internal.shaded.reactor.pool.")
        || name.equals("reactor.netty.resources.PoolAcquireTimeoutException")
        || (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Pool#acquire"));
  }

  /** The body as JSON, or {@code null} when empty or not JSON. */
  public static @Nullable JsonNode parseJson(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = NexlaJson.mapper().readTree(body);
      return node == null || node.isMissingNode() || !(node.isObject() || node.isArray()) ? null : node;
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The body's {@code message}, else {@code error} (or {@code error.message}), else {@code null}. */
  static @Nullable String serverMessage(JsonNode json) {
    if (!json.isObject()) {
      return null;
    }
    String message = text(json.get("message"));
    if (message != null) {
      return message;
    }
    JsonNode error = json.get("error");
    if (error != null && error.isObject()) {
      return text(error.get("message"));
    }
    return text(error);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isContainer()) {
      return null;
    }
    String s = node.asString();
    return s.isBlank() ? null : Redaction.redactText(s);
  }

  /** A short, redacted, single-line excerpt of a body, or {@code null} if it is empty. */
  public static @Nullable String excerpt(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    String text = new String(body, 0, Math.min(body.length, EXCERPT_CHARS * 8), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    boolean lastWasSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isISOControl(c);
      if (space && lastWasSpace) {
        continue;
      }
      sb.append(space ? ' ' : c);
      lastWasSpace = space;
    }
    String redacted = Redaction.redactText(sb.toString().strip());
    if (redacted == null || redacted.isEmpty()) {
      return null;
    }
    return redacted.length() > EXCERPT_CHARS ? redacted.substring(0, EXCERPT_CHARS) + "…" : redacted;
  }
}
