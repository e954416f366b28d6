package io.nexla.reactive.spring.boot;

import java.time.Duration;

/** Polling of long-running operations, {@code nexla.polling.*}. */
public class NexlaPollingProperties {

  /** Initial delay between polls (a server Retry-After overrides it). */
  private Duration interval = Duration.ofSeconds(1);

  /** Longest delay between polls. */
  private Duration maxInterval = Duration.ofSeconds(5);

  /** Factor by which the delay between polls grows. At least 1. */
  private double backoffMultiplier = 1.5;

  /** Time allowed for each poll to answer. */
  private Duration pollTimeout = Duration.ofSeconds(30);

  /** Deadline for the whole wait. */
  private Duration totalTimeout = Duration.ofMinutes(30);

  public Duration getInterval() {
    return interval;
  }

  public void setInterval(Duration interval) {
    this.interval = interval;
  }

  public Duration getMaxInterval() {
    return maxInterval;
  }

  public void setMaxInterval(Duration maxInterval) {
    this.maxInterval = maxInterval;
  }

  public double getBackoffMultiplier() {
    return backoffMultiplier;
  }

  public void setBackoffMultiplier(double backoffMultiplier) {
    this.backoffMultiplier = backoffMultiplier;
  }

  public Duration getPollTimeout() {
    return pollTimeout;
  }

  public void setPollTimeout(Duration pollTimeout) {
    this.pollTimeout = pollTimeout;
  }

  public Duration getTotalTimeout() {
    return totalTimeout;
  }

  public void setTotalTimeout(Duration totalTimeout) {
    this.totalTimeout = totalTimeout;
  }
}
