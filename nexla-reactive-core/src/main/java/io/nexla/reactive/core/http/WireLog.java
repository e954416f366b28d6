package io.nexla.reactive.core.http;

import io.nexla.reactive.core.internal.KnownSecrets;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.internal.ErrorMapper;
import io.nexla.reactive.core.internal.Redaction;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;

/** Per attempt: the redacting wire log (outcome lines at DEBUG, headers and bodies at TRACE). */
final class WireLog {

  /** The logger name users configure (the public entry point of the transport). */
  static final Logger log = LoggerFactory.getLogger(WebClientTransport.class);
  private static final Set<String> LOGGED_HEADERS = Set.of("accept", "content-type", "content-length",
      "user-agent", "x-request-id", "x-nexla-attempt", "retry-after", "retry-after-ms", "location", "date");

  private WireLog() {}

  /** {@code exchange} with one DEBUG line for its outcome; unchanged when DEBUG is off. */
  static <T> Flux<T> outcome(Operation op, int attempt, Flux<T> exchange) {
    if (!log.isDebugEnabled()) {
      return exchange; // two operators fewer per attempt when nobody reads the outcome line
    }
    long started = System.nanoTime();
    // The first item is the answer (a buffered response, or a streamed body's first bytes); a Mono subscriber may
    // cancel right after it, so the line cannot wait for completion.
    AtomicBoolean answered = new AtomicBoolean();
    Runnable success = () -> {
      if (answered.compareAndSet(false, true)) {
        logAttempt(op, attempt, started, "HTTP " + op.lastStatus);
      }
    };
    return exchange
        .doOnNext(item -> success.run())
        .doOnComplete(success)
        .doOnError(e -> logAttempt(op, attempt, started, e instanceof NexlaServiceException s
            ? "HTTP " + s.status() : "failed: " + e.getClass().getSimpleName()));
  }

  /** Logs the request at TRACE, with every known secret and every secret it carries masked by value. */
  static void request(Operation op, HttpHeaders sent, KnownSecrets secrets) {
    if (log.isTraceEnabled()) {
      HttpHeaders shown = new HttpHeaders();
      sent.forEach((name, values) -> {
        if (!HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)) {
          shown.put(name, values);
        }
      });
      log.trace("{} {} request headers {} body {}", op.method.name(), op.pathTemplate,
          masked(secrets, op, allowedHeaders(shown)),
          op.body == null ? "(none)" : masked(secrets, op, redactedBody(op.body)));
    }
  }

  /** Logs the response at TRACE, masked as {@link #request} is, successful bodies too. */
  static void response(Operation op, int status, HttpHeaders headers, byte[] body, KnownSecrets secrets) {
    if (log.isTraceEnabled()) {
      log.trace("{} {} response {} headers {} body {}", op.method.name(), op.pathTemplate, status,
          masked(secrets, op, allowedHeaders(headers)),
          body.length == 0 ? "(empty)" : masked(secrets, op, redactedBody(body)));
    }
  }

  private static String masked(KnownSecrets secrets, Operation op, String text) {
    return secrets.redact(text, op.carriedSecrets());
  }

  static void replaying(Operation op, long rejectedGeneration) {
    log.debug("{}: HTTP 401 with token generation {}; replaying once with a new token", op.description(),
        rejectedGeneration);
  }

  private static void logAttempt(Operation op, int attempt, long startedNanos, String outcome) {
    log.debug("{} {} -> {} in {} ms (attempt {}, request id {})", op.method.name(), op.pathTemplate, outcome,
        (System.nanoTime() - startedNanos) / 1_000_000, attempt, op.requestId);
  }

  private static String allowedHeaders(HttpHeaders headers) {
    return headers.headerSet().stream()
        .filter(e -> LOGGED_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT)))
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String redactedBody(byte[] body) {
    var json = ErrorMapper.parseJson(body);
    if (json != null) {
      String text = String.valueOf(Redaction.redact(json));
      return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
    return String.valueOf(ErrorMapper.excerpt(body));
  }
}
