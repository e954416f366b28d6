package io.nexla.reactive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;

/** Every form a server may put in {@code Retry-After} has one meaning. */
class RetryAfterTest {

  private static final Clock NOW = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "Retry-After: {0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "ignored", value = {
      "0                              | PT0S",
      "2                              | PT2S",
      "+3                             | PT3S",
      "1.5                            | PT1.5S",
      "0.0004                         | PT0S",
      "999999999                      | PT277777H46M39S",
      "1000000000                     | indefinite",
      "99999999999999999999999999999  | indefinite",
      "-1                             | ignored",
      "-0.5                           | ignored",
      "NaN                            | ignored",
      "Infinity                       | ignored",
      "soon                           | ignored",
      "1e3                            | ignored",
      "'Mon, 01 Jun 2026 11:59:00 GMT' | PT0S",
      "'Mon, 01 Jun 2026 12:00:30 GMT' | PT30S",
      "'Fri, 31 Dec 9999 23:59:59 GMT' | indefinite",
      "'Mon, 32 Jun 2026 12:00:30 GMT' | ignored"})
  void eachFormHasOneMeaning(String header, String expected) {
    Duration parsed = RetryAfter.parseHeaderValue(header, NOW);
    if (expected == null) {
      assertThat(parsed).isNull();
    } else if (expected.equals("indefinite")) {
      assertThat(parsed).isEqualTo(RetryAfter.INDEFINITE);
      assertThat(parsed).isGreaterThan(RetryOptions.defaults().maxServerDelay());
    } else {
      assertThat(parsed).isEqualTo(Duration.parse(expected));
    }
  }

  @ParameterizedTest(name = "Retry-After-Ms: {0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "ignored", value = {
      "250                    | PT0.25S",
      "-1                     | ignored",
      "99999999999999999999   | indefinite",
      "x                      | ignored"})
  void theMillisecondHeaderComesFirst(String header, String expected) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Retry-After-Ms", header);
    headers.set(HttpHeaders.RETRY_AFTER, "7");
    Duration parsed = RetryAfter.parse(headers, null, NOW).orElse(null);
    if (expected == null) {
      assertThat(parsed).isEqualTo(Duration.ofSeconds(7));   // an unreadable ms header falls back to Retry-After
    } else if (expected.equals("indefinite")) {
      assertThat(parsed).isEqualTo(RetryAfter.INDEFINITE);
    } else {
      assertThat(parsed).isEqualTo(Duration.parse(expected));
    }
  }
}
