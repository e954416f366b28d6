package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /limits}, e.g.
 * {@code {"rate_limit": {"limit": 1000, "remaining": 999, "reset": 1640995200, "window": 3600}, "message": "…"}}.
 * Any other field the server sends is kept in {@link #additionalProperties()}.
 */
@NexlaModel
public record RateLimits(
    @JsonProperty("rate_limit") @Nullable RateLimit rateLimit,
    @JsonProperty("message") @Nullable String message,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public RateLimits {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Decodes the answer; parts that do not fit their model are kept in {@link #additionalProperties()}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RateLimits fromJson(Map<String, Object> json) {
    LenientFields fields = new LenientFields(json);
    return new RateLimits(fields.take("rate_limit", RateLimit.class), fields.take("message", String.class), fields.rest());
  }

  /**
   * One rate limit.
   *
   * @param limit requests allowed per window
   * @param remaining requests left in the current window
   * @param reset when the window resets (epoch seconds or milliseconds on the wire)
   * @param window window length in seconds; see {@link #windowDuration()}
   */
  @NexlaModel
  public record RateLimit(
      @JsonProperty("limit") @Nullable Long limit,
      @JsonProperty("remaining") @Nullable Long remaining,
      @JsonProperty("reset") @Nullable Instant reset,
      @JsonProperty("window") @Nullable Long window,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

    public RateLimit {
      additionalProperties = Models.unknownFields(additionalProperties);
    }

    /** The window length, when sent. */
    public Optional<Duration> windowDuration() {
      return Optional.ofNullable(window).map(Duration::ofSeconds);
    }
  }
}
