package io.nexla.reactive.flows;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the flows resource group. Obtain it from {@code NexlaClient.flows()}. */
public final class FlowsClient extends GroupClient<FlowsClient> {

  public FlowsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected FlowsClient newInstance(ClientContext context) {
    return new FlowsClient(context);
  }
}
