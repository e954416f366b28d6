package io.nexla.reactive.core.polling;

import java.time.Duration;

/**
 * How long operations are polled. Immutable.
 *
 * <p>Polls start {@link #interval()} apart and the interval grows by {@link #backoffMultiplier()} up to
 * {@link #maxInterval()}; a server {@code Retry-After} overrides it. Each poll must answer within
 * {@link #pollTimeout()}; the whole wait ends after {@link #totalTimeout()}.
 */
public final class PollOptions {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
  public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(5);
  public static final double DEFAULT_BACKOFF_MULTIPLIER = 1.5;
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(30);

  private static final PollOptions DEFAULTS = builder().build();

  private final Duration interval;
  private final Duration maxInterval;
  private final double backoffMultiplier;
  private final Duration pollTimeout;
  private final Duration totalTimeout;

  private PollOptions(Builder b) {
    this.interval = b.interval;
    this.maxInterval = b.maxInterval;
    this.backoffMultiplier = b.backoffMultiplier;
    this.pollTimeout = b.pollTimeout;
    this.totalTimeout = b.totalTimeout;
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

  public Builder toBuilder() {
    return new Builder().interval(interval).maxInterval(maxInterval).backoffMultiplier(backoffMultiplier)
        .pollTimeout(pollTimeout).totalTimeout(totalTimeout);
  }

  @Override
  public String toString() {
    return "PollOptions[interval=" + interval + ", maxInterval=" + maxInterval + ", backoffMultiplier="
        + backoffMultiplier + ", pollTimeout=" + pollTimeout + ", totalTimeout=" + totalTimeout + "]";
  }

  /** Builder of {@link PollOptions}. */
  public static final class Builder {
    private Duration interval = DEFAULT_INTERVAL;
    private Duration maxInterval = DEFAULT_MAX_INTERVAL;
    private double backoffMultiplier = DEFAULT_BACKOFF_MULTIPLIER;
    private Duration pollTimeout = DEFAULT_POLL_TIMEOUT;
    private Duration totalTimeout = DEFAULT_TOTAL_TIMEOUT;

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

    public PollOptions build() {
      if (maxInterval.compareTo(interval) < 0) {
        throw new IllegalArgumentException("maxInterval must not be shorter than interval");
      }
      return new PollOptions(this);
    }
  }
}
