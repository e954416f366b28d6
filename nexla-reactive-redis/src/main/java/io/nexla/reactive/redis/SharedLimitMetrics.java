package io.nexla.reactive.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Meters of a shared limit: {@code nexla.client.rate.limit.shared} (1 while sharing through Redis, 0 on the
 * fallback), {@code nexla.client.rate.limit.rate} (the adapted rate), {@code nexla.client.rate.limit.fallbacks}
 * and {@code nexla.client.rate.limit.adjustments} (tag {@code direction}); all tagged with the Redis key prefix.
 */
final class SharedLimitMetrics {

  private final @Nullable MeterRegistry registry;
  private final String key;
  private final @Nullable Counter fallbacks;

  SharedLimitMetrics(@Nullable MeterRegistry registry, String key, SharedPermits permits) {
    this.registry = registry;
    this.key = key;
    if (registry == null) {
      this.fallbacks = null;
      return;
    }
    Gauge.builder("nexla.client.rate.limit.shared", permits, p -> p.state() == SharedPermits.State.SHARED ? 1 : 0)
        .description("1 while the rate limit is shared through Redis, 0 while on its fallback")
        .tag("key", key).register(registry);
    Gauge.builder("nexla.client.rate.limit.rate", permits, SharedPermits::currentRate)
        .description("The adapted shared rate, in permits per period")
        .tag("key", key).register(registry);
    this.fallbacks = Counter.builder("nexla.client.rate.limit.fallbacks")
        .description("Times Redis failed and the rate limit fell back").tag("key", key).register(registry);
  }

  void fellBack() {
    if (fallbacks != null) {
      fallbacks.increment();
    }
  }

  void adjusted(String direction) {
    if (registry != null) {
      registry.counter("nexla.client.rate.limit.adjustments", "key", key, "direction", direction).increment();
    }
  }
}
