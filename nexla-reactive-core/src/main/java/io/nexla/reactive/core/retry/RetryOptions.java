package io.nexla.reactive.core.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed attempts are retried. Immutable.
 *
 * <p>Idempotent requests (GET, PUT, DELETE) are retried on 429, 502, 503, 504, connection failures and premature
 * close; POST and PATCH only on 429 and on failures before the request was written, so a create is never sent
 * twice. The wait is the server's {@code Retry-After} when given (up to {@link #maxServerDelay()}, beyond which
 * the call fails at once with {@code RateLimitException}), else jittered exponential backoff. The whole operation,
 * waits included, is bounded by {@link #totalBudget()}.
 */
public final class RetryOptions {

  public static final int DEFAULT_MAX_ATTEMPTS = 4;
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(500);
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(8);
  public static final double DEFAULT_JITTER = 0.2;
  public static final Duration DEFAULT_MAX_SERVER_DELAY = Duration.ofSeconds(60);
  public static final Duration DEFAULT_TOTAL_BUDGET = Duration.ofMinutes(2);

  private static final RetryOptions DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final double jitter;
  private final Duration maxServerDelay;
  private final Duration totalBudget;

  private RetryOptions(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.jitter = b.jitter;
    this.maxServerDelay = b.maxServerDelay;
    this.totalBudget = b.totalBudget;
  }

  public static RetryOptions defaults() {
    return DEFAULTS;
  }

  /** No retries at all: one attempt. */
  public static RetryOptions none() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Attempts in total, including the first (1 = no retry). */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration baseDelay() {
    return baseDelay;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  /** Fraction (0..1) of each backoff delay that is randomised. */
  public double jitter() {
    return jitter;
  }

  /** Longest server-requested wait ({@code Retry-After}) honoured; longer ones fail fast. */
  public Duration maxServerDelay() {
    return maxServerDelay;
  }

  /** Deadline for the whole operation, all attempts and waits included. */
  public Duration totalBudget() {
    return totalBudget;
  }

  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .maxDelay(maxDelay)
        .jitter(jitter)
        .maxServerDelay(maxServerDelay)
        .totalBudget(totalBudget);
  }

  @Override
  public String toString() {
    return "RetryOptions[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
        + ", jitter=" + jitter + ", maxServerDelay=" + maxServerDelay + ", totalBudget=" + totalBudget + "]";
  }

  /** Builder of {@link RetryOptions}. */
  public static final class Builder {
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration baseDelay = DEFAULT_BASE_DELAY;
    private Duration maxDelay = DEFAULT_MAX_DELAY;
    private double jitter = DEFAULT_JITTER;
    private Duration maxServerDelay = DEFAULT_MAX_SERVER_DELAY;
    private Duration totalBudget = DEFAULT_TOTAL_BUDGET;

    private Builder() {}

    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = positive(baseDelay, "baseDelay");
      return this;
    }

    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = positive(maxDelay, "maxDelay");
      return this;
    }

    public Builder jitter(double jitter) {
      if (jitter < 0 || jitter > 1) {
        throw new IllegalArgumentException("jitter must be within [0, 1]");
      }
      this.jitter = jitter;
      return this;
    }

    public Builder maxServerDelay(Duration maxServerDelay) {
      this.maxServerDelay = Objects.requireNonNull(maxServerDelay, "maxServerDelay");
      return this;
    }

    public Builder totalBudget(Duration totalBudget) {
      this.totalBudget = positive(totalBudget, "totalBudget");
      return this;
    }

    public RetryOptions build() {
      return new RetryOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
