package io.nexla.reactive.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Reads how long a server asked the client to wait: header {@code Retry-After-Ms}, then {@code Retry-After} as
 * (decimal) seconds or an HTTP date, then the body's {@code retry_after} in seconds.
 *
 * <p>Each form has one meaning: a non-negative number of seconds is that wait, fractions rounded to the
 * millisecond ({@code 0} means "now"); a number too large to hold (at least {@code 10^9} seconds, or more digits
 * than a {@code long}) is {@link #INDEFINITE}, which is longer than any {@code maxServerDelay}, so the call fails at
 * once instead of waiting; an HTTP date in the past is zero, one in the future the time until then; anything else
 * (negative numbers, {@code NaN}, words, malformed dates) is ignored and ordinary backoff applies.
 */
public final class RetryAfter {

  /** What an overflowing or absurdly long {@code Retry-After} reads as: longer than any sensible wait. */
  public static final Duration INDEFINITE = Duration.ofSeconds(1_000_000_000L);

  private static final Pattern SECONDS = Pattern.compile("\\+?\\d+(\\.\\d*)?");

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
      if (v != null && v.isNumber()) {
        return Optional.ofNullable(parseHeaderValue(v.asString(), clock));
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
    if (SECONDS.matcher(v).matches()) {
      double s = Double.parseDouble(v);
      return s < 1e9 ? seconds(s) : INDEFINITE;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      return d.isNegative() ? Duration.ZERO : d.compareTo(INDEFINITE) > 0 ? INDEFINITE : d;
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  private static @Nullable Duration millis(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      long ms = Long.parseLong(value.trim());
      return ms < 0 ? null : ms >= INDEFINITE.toMillis() ? INDEFINITE : Duration.ofMillis(ms);
    } catch (NumberFormatException e) {
      return value.trim().matches("\\d{19,}") ? INDEFINITE : null;
    }
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
