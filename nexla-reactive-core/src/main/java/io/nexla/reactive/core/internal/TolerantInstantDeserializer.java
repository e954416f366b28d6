package io.nexla.reactive.core.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads every datetime form the Nexla API is known to send into an {@link Instant}: ISO-8601 with {@code Z} or an
 * offset (with {@code T} or a space), naive ISO (taken as UTC), a bare date (UTC midnight), and Unix epoch numbers
 * in seconds or, when large, milliseconds. Empty strings read as {@code null}.
 */
public final class TolerantInstantDeserializer extends StdDeserializer<Instant> {

  /** Epoch values at or above this are milliseconds (year 2286 in seconds). */
  private static final long MILLIS_THRESHOLD = 10_000_000_000L;

  private static final DateTimeFormatter OFFSET_OR_NAIVE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart().appendLiteral('T').optionalEnd()
          .optionalStart().appendLiteral(' ').optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
          .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
          .optionalStart().appendOffset("+HH", "Z").optionalEnd()
          .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
          .toFormatter();

  public TolerantInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public @Nullable Instant deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return fromEpoch(p.getLongValue());
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      double seconds = p.getDoubleValue();
      return seconds >= MILLIS_THRESHOLD
          ? Instant.ofEpochMilli((long) seconds)
          : Instant.ofEpochSecond((long) seconds, (long) ((seconds % 1) * 1_000_000_000L));
    }
    if (token == JsonToken.VALUE_STRING) {
      Instant parsed = parse(p.getString());
      if (parsed == null && !p.getString().isBlank()) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getString(), "not a recognised datetime");
      }
      return parsed;
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
  }

  /** Parses one of the accepted textual forms, or returns {@code null} when blank or unrecognised. */
  public static @Nullable Instant parse(String text) {
    String s = text.trim();
    if (s.isEmpty()) {
      return null;
    }
    if (allDigits(s)) {
      try {
        return fromEpoch(Long.parseLong(s));
      } catch (NumberFormatException tooLarge) {
        return null;
      }
    }
    Instant canonical = parseCanonical(s);
    if (canonical != null) {
      return canonical;
    }
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(s, OFFSET_OR_NAIVE).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }

  /**
   * The form the API sends almost always — {@code 2025-01-15T10:30:00Z}, with an optional fraction of up to nine
   * digits, {@code Z} or a {@code ±HH:MM} offset, {@code T} or a space — read without the general formatter, which
   * costs several microseconds per value and dominated the decoding of list pages. Returns {@code null} for anything
   * else (the formatter then decides), including out-of-range fields.
   */
  private static @Nullable Instant parseCanonical(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    char separator = s.charAt(10);
    if (separator != 'T' && separator != 't' && separator != ' ') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        if (i - start == 9) {
          return null;
        }
        nanos = nanos * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start) {
        return null;
      }
      for (int scale = i - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
      offsetSeconds = 0;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int offsetHours = digits(s, i + 1, 2);
      int offsetMinutes = digits(s, i + 4, 2);
      if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 18 || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
      return null;
    }
    try {
      long localSeconds = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
      return Instant.ofEpochSecond(localSeconds - offsetSeconds, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The non-negative number written by {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Instant fromEpoch(long value) {
    return value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
  }
}
