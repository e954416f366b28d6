package io.nexla.reactive.metrics;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the metrics resource group. Obtain it from {@code NexlaClient.metrics()}. */
public final class MetricsClient extends GroupClient<MetricsClient> {

  public MetricsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected MetricsClient newInstance(ClientContext context) {
    return new MetricsClient(context);
  }
}
