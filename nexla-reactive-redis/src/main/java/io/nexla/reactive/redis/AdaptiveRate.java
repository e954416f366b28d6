package io.nexla.reactive.redis;

/**
 * Additive-increase, multiplicative-decrease of the shared refill rate, in permits per period, kept within
 * {@code [minimum, maximum]}.
 *
 * @param minimum the rate never goes below this
 * @param maximum the rate never goes above this (the configured limit unless set otherwise)
 * @param decreaseFactor the rate is multiplied by this on a 429 (0 &lt; factor &lt; 1)
 * @param increaseStep the least number of permits per period added after a quiet interval without 429
 */
record AdaptiveRate(int minimum, int maximum, double decreaseFactor, int increaseStep) {

  AdaptiveRate {
    if (minimum < 1 || maximum < minimum) {
      throw new IllegalArgumentException("Adaptive bounds need 1 <= minimum <= maximum, got " + minimum + ".."
          + maximum);
    }
    if (!(decreaseFactor > 0 && decreaseFactor < 1)) {
      throw new IllegalArgumentException("decreaseFactor must be in (0, 1), got " + decreaseFactor);
    }
    if (increaseStep < 0) {
      throw new IllegalArgumentException("increaseStep must not be negative, got " + increaseStep);
    }
  }

  /** The rate after a 429. */
  int decreased(int rate) {
    return Math.max(minimum, Math.min(maximum, (int) Math.floor(rate * decreaseFactor)));
  }

  /**
   * The rate after a quiet interval: half way back to {@code before} (the rate the last decrease started from, 0
   * when unknown), at least {@code increaseStep} higher. A rate lowered after one 429 too many returns to where it
   * was in a few intervals instead of crawling back; above {@code before} it grows by the step only, probing.
   */
  int increased(int rate, int before) {
    int step = Math.max(increaseStep, (before - rate) / 2);
    return Math.max(minimum, Math.min(maximum, rate + step));
  }

  /** Whether the rate never changes. */
  boolean fixed() {
    return minimum == maximum;
  }
}
