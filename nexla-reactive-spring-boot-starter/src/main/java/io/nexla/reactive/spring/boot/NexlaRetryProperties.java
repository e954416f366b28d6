package io.nexla.reactive.spring.boot;

import java.time.Duration;

/** Retries of failed attempts, {@code nexla.retry.*} (see RetryOptions). */
public class NexlaRetryProperties {

  /** Attempts in total, including the first (1 = no retry). */
  private int maxAttempts = 4;

  /** First backoff delay; later ones grow exponentially up to max-delay. */
  private Duration baseDelay = Duration.ofMillis(500);

  /** Longest backoff delay. */
  private Duration maxDelay = Duration.ofSeconds(8);

  /** Fraction (0 to 1) of each backoff delay that is randomised. */
  private double jitter = 0.2;

  /** Longest server-requested wait (Retry-After) honoured; a longer one fails the call at once. */
  private Duration maxServerDelay = Duration.ofSeconds(60);

  /** Deadline for a whole operation, every attempt and wait included. */
  private Duration totalBudget = Duration.ofMinutes(2);

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public Duration getBaseDelay() {
    return baseDelay;
  }

  public void setBaseDelay(Duration baseDelay) {
    this.baseDelay = baseDelay;
  }

  public Duration getMaxDelay() {
    return maxDelay;
  }

  public void setMaxDelay(Duration maxDelay) {
    this.maxDelay = maxDelay;
  }

  public double getJitter() {
    return jitter;
  }

  public void setJitter(double jitter) {
    this.jitter = jitter;
  }

  public Duration getMaxServerDelay() {
    return maxServerDelay;
  }

  public void setMaxServerDelay(Duration maxServerDelay) {
    this.maxServerDelay = maxServerDelay;
  }

  public Duration getTotalBudget() {
    return totalBudget;
  }

  public void setTotalBudget(Duration totalBudget) {
    this.totalBudget = totalBudget;
  }
}
