package io.nexla.reactive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.core.json.NexlaJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

class TolerantInstantDeserializerTest {

  record Stamped(Instant at) {}

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2025-01-15T10:30:00Z                 | 2025-01-15T10:30:00Z
      2025-01-15t10:30:00z                 | 2025-01-15T10:30:00Z
      2025-01-15 10:30:00Z                 | 2025-01-15T10:30:00Z
      2025-01-15T10:30:00.1Z               | 2025-01-15T10:30:00.100Z
      2025-01-15T10:30:00.123456Z          | 2025-01-15T10:30:00.123456Z
      2025-01-15T10:30:00.123456789Z       | 2025-01-15T10:30:00.123456789Z
      2025-01-15T10:30:00+05:30            | 2025-01-15T05:00:00Z
      2025-01-15T10:30:00.5-08:00          | 2025-01-15T18:30:00.500Z
      2024-02-29T23:59:59+00:00            | 2024-02-29T23:59:59Z
      2024-12-31T23:30:00-01:00            | 2025-01-01T00:30:00Z
      2024-01-01 10:00:00+05:30            | 2024-01-01T04:30:00Z
      2025-01-15T10:30:00+0530             | 2025-01-15T05:00:00Z
      2025-01-15T10:30:00+05               | 2025-01-15T05:30:00Z
      2025-01-15T10:30                     | 2025-01-15T10:30:00Z
      2025-01-15T10:30:00                  | 2025-01-15T10:30:00Z
      2025-01-15T10:30:00.25               | 2025-01-15T10:30:00.250Z
      2025-01-15                           | 2025-01-15T00:00:00Z
      1700000000                           | 2023-11-14T22:13:20Z
      1700000000000                        | 2023-11-14T22:13:20Z
      '  2025-01-15T10:30:00Z  '           | 2025-01-15T10:30:00Z
      """)
  void everyKnownFormReadsAsTheSameInstant(String text, String expected) {
    assertThat(TolerantInstantDeserializer.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void randomInstantsWrittenWithAnyFractionAndOffsetReadBackExactly() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L),
          random.nextInt(1_000_000_000));
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-12 * 4, 14 * 4 + 1) * 15 * 60);
      int digits = random.nextInt(0, 10);
      String pattern = "uuuu-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "xxx";
      String text = DateTimeFormatter.ofPattern(pattern).format(instant.atOffset(offset));
      Instant truncated = instant.minusNanos(instant.getNano() % (long) Math.pow(10, 9 - digits));

      assertThat(TolerantInstantDeserializer.parse(text)).as(text).isEqualTo(truncated);
      assertThat(TolerantInstantDeserializer.parse(text.replace("+00:00", "Z").replace('T', ' '))).as(text)
          .isEqualTo(truncated);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13-01T10:00:00Z", "2025-02-32T10:00:00Z", "2025-01-15T25:00:00Z",
      "2025-01-15T10:60:00Z", "2025-01-15T10:30:00+19:00",
      "2025-01-15T10:30:00.1234567890Z", "2025-01-15X10:30:00Z", "2025-1-15T10:30:00Z", "yesterday",
      "99999999999999999999"})
  void malformedOrOutOfRangeTextIsNotADatetime(String text) {
    assertThat(TolerantInstantDeserializer.parse(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankTextIsNull(String text) {
    assertThat(TolerantInstantDeserializer.parse(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"at": "2025-01-15T10:30:00.123Z"} | 2025-01-15T10:30:00.123Z
      {"at": 1700000000}                 | 2023-11-14T22:13:20Z
      {"at": 1700000000.5}               | 2023-11-14T22:13:20.500Z
      """)
  void theMapperReadsStringsAndNumbers(String json, String expected) {
    assertThat(NexlaJson.mapper().readValue(json, Stamped.class).at()).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"at\": null}", "{\"at\": \"\"}", "{}"})
  void nullEmptyOrMissingIsNull(String json) {
    assertThat(NexlaJson.mapper().readValue(json, Stamped.class).at()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"at\": \"2025-02-32T10:00:00Z\"}", "{\"at\": \"soon\"}", "{\"at\": [1]}",
      "{\"at\": \"99999999999999999999\"}"})
  void anythingElseIsATypedJacksonError(String json) {
    assertThatThrownBy(() -> NexlaJson.mapper().readValue(json, Stamped.class))
        .isInstanceOf(JacksonException.class);
  }
}
