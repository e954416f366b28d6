package io.nexla.reactive.core.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the {@code nexla.client.operation} observation. Implement it (or extend
 * {@link DefaultNexlaOperationObservationConvention}) and pass it to
 * {@code NexlaClientOptions.AbstractBuilder.observationConvention(...)} to change them; a convention registered
 * globally on the {@code ObservationRegistry} takes precedence over both.
 */
public interface NexlaOperationObservationConvention extends ObservationConvention<NexlaOperationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof NexlaOperationContext;
  }
}
