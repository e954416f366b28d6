package io.nexla.reactive.destinations;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the destinations resource group. Obtain it from {@code NexlaClient.destinations()}. */
public final class DestinationsClient extends GroupClient<DestinationsClient> {

  public DestinationsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected DestinationsClient newInstance(ClientContext context) {
    return new DestinationsClient(context);
  }
}
