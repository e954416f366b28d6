package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Totals of one day for a resource.
 *
 * @param time the day as sent ({@code YYYY-MM-DD}); see {@link #date()}
 */
@NexlaModel
public record DailyMetric(
    @JsonProperty("time") @Nullable String time,
    @JsonProperty("records") @Nullable Long records,
    @JsonProperty("size") @Nullable Long size,
    @JsonProperty("errors") @Nullable Long errors,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DailyMetric {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** The day, when {@code time} starts with an ISO date. */
  public Optional<LocalDate> date() {
    if (time == null || time.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(time.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
