package io.nexla.reactive.core.polling;

import java.time.Duration;

/**
 * How long operations are polled. Immutable.
 *
 * <p>Polls start {@link #interval()} apart and the interval grows by {@link #backoffMultiplier()} up to
 * {@link #maxInterval()}. A server {@code Retry-After} can slow polling down, never speed it up: a wait shorter than
 * the scheduled one is ignored, a longer one is honoured up to {@link #maxServerDelay()}. Each poll must answer within
 * {@link #pollTimeout()}; the whole wait ends after {@link #totalTimeout()}.
 */
public final class PollOptions {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
  public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(5);
  public static final double DEFAULT_BACKOFF_MULTIPLIER = 1.5;
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(30);
  public static final Duration DEFAULT_MAX_SERVER_DELAY = Duration.ofSeconds(60);

  private static final PollOptions DEFAULTS = builder().build();

  private final Duration interval;
  private final Duration maxInterval;
  private final double backoffMultiplier;
  private final Duration pollTimeout;
  private final Duration totalTimeout;
  private final Duration maxServerDelay;

  private PollOptions(Builder b) {
    this.interval = b.interval;
    this.maxInterval = b.maxInterval;
    this.backoffMultiplier = b.backoffMultiplier;
    this.pollTimeout = b.pollTimeout;
    this.totalTimeout = b.totalTimeout;
    this.maxServerDelay = b.maxServerDelay;
  }

  public static PollOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Duration interval() {
    return interval;
  }

  public Duration maxInterval() {
    return maxInterval;
  }

  public double backoffMultiplier() {
    return backoffMultiplier;
  }

  public Duration pollTimeout() {
    return pollTimeout;
  }

  public Duration totalTimeout() {
    return totalTimeout;
  }

  /** Longest {@code Retry-After} a poll honours; a longer one waits this long (default 60 s). */
  public Duration maxServerDelay() {
    return maxServerDelay;
  }

  public Builder toBuilder() {
    return new Builder().interval(interval).maxInterval(maxInterval).backoffMultiplier(backoffMultiplier)
        .pollTimeout(pollTimeout).totalTimeout(totalTimeout).maxServerDelay(maxServerDelay);
  }

  @Override
  public String toString() {
    return "PollOptions[interval=" + interval + ", maxInterval=" + maxInterval + ", backoffMultiplier="
        + backoffMultiplier + ", pollTimeout=" + pollTimeout + ", totalTimeout=" + totalTimeout + ", maxServerDelay=" + maxServerDelay + "]";
  }

  /** Builder of {@link PollOptions}. */
  public static final class Builder {
    private Duration interval = DEFAULT_INTERVAL;
    private Duration maxInterval = DEFAULT_MAX_INTERVAL;
    private double backoffMultiplier = DEFAULT_BACKOFF_MULTIPLIER;
    private Duration pollTimeout = DEFAULT_POLL_TIMEOUT;
    private Duration totalTimeout = DEFAULT_TOTAL_TIMEOUT;
    private Duration maxServerDelay = DEFAULT_MAX_SERVER_DELAY;

    private Builder() {}

    public Builder interval(Duration interval) {
      this.interval = interval;
      return this;
    }

    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = maxInterval;
      return this;
    }

    public Builder backoffMultiplier(double backoffMultiplier) {
      if (backoffMultiplier < 1) {
        throw new IllegalArgumentException("backoffMultiplier must be at least 1");
      }
      this.backoffMultiplier = backoffMultiplier;
      return this;
    }

    public Builder pollTimeout(Duration pollTimeout) {
      this.pollTimeout = pollTimeout;
      return this;
    }

    public Builder totalTimeout(Duration totalTimeout) {
      this.totalTimeout = totalTimeout;
      return this;
    }

    /** Longest {@code Retry-After} a poll honours (a longer one waits this long). */
    public Builder maxServerDelay(Duration maxServerDelay) {
      if (maxServerDelay.isNegative()) {
        throw new IllegalArgumentException("maxServerDelay must not be negative");
      }
      this.maxServerDelay = maxServerDelay;
      return this;
    }

    public PollOptions build() {
      if (maxInterval.compareTo(interval) < 0) {
        throw new IllegalArgumentException("maxInterval must not be shorter than interval");
      }
      return new PollOptions(this);
    }
  }
}
