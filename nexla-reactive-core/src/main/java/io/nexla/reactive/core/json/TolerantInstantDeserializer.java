package io.nexla.reactive.core.json;

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
    if (s.chars().allMatch(Character::isDigit)) {
      return fromEpoch(Long.parseLong(s));
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

  private static Instant fromEpoch(long value) {
    return value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
  }
}
