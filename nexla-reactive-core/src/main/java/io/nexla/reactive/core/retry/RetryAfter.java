package io.nexla.reactive.core.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Reads how long a server asked the client to wait: header {@code Retry-After-Ms}, then {@code Retry-After} as
 * (decimal) seconds or an HTTP date, then the body's {@code retry_after} in seconds. Garbage values are ignored.
 */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The requested wait, never negative (an HTTP date in the past means zero), or empty if none was given or it was
   * unreadable.
   */
  public static Optional<Duration> parse(HttpHeaders headers, @Nullable JsonNode body, Clock clock) {
    Duration ms = millis(headers.getFirst("Retry-After-Ms"));
    if (ms != null) {
      return Optional.of(ms);
    }
    Duration header = parseHeaderValue(headers.getFirst(HttpHeaders.RETRY_AFTER), clock);
    if (header != null) {
      return Optional.of(header);
    }
    if (body != null && body.isObject()) {
      JsonNode v = body.get("retry_after");
      if (v != null && v.isNumber() && v.asDouble() >= 0) {
        return Optional.of(seconds(v.asDouble()));
      }
      if (v != null && v.isString()) {
        return Optional.ofNullable(parseHeaderValue(v.asString(), clock));
      }
    }
    return Optional.empty();
  }

  /** Parses one {@code Retry-After} value: seconds (integer or decimal) or an RFC 1123 date. */
  public static @Nullable Duration parseHeaderValue(@Nullable String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      double s = Double.parseDouble(v);
      return s >= 0 && Double.isFinite(s) && s < 1e9 ? seconds(s) : null;
    } catch (NumberFormatException notANumber) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), at.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private static @Nullable Duration millis(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      long ms = Long.parseLong(value.trim());
      return ms >= 0 ? Duration.ofMillis(ms) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
