package io.nexla.reactive.spring.boot;

import io.nexla.reactive.NexlaClient;

/**
 * Adjusts the auto-configured client's builder after the {@code nexla.*} properties have been applied, for what
 * properties cannot express: a {@code Clock} or {@code Scheduler}, a Resilience4j circuit breaker, a meter
 * registry, an observation convention. Every customizer bean is applied, in {@code @Order} / {@code Ordered} order,
 * before the client is built; a value a customizer sets wins over the property.
 */
@FunctionalInterface
public interface NexlaClientBuilderCustomizer {

  /** Customizes {@code builder}; called once, while the client bean is created. */
  void customize(NexlaClient.Builder builder);
}
