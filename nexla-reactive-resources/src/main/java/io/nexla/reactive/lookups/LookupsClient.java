package io.nexla.reactive.lookups;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the lookups resource group. Obtain it from {@code NexlaClient.lookups()}. */
public final class LookupsClient extends GroupClient<LookupsClient> {

  public LookupsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected LookupsClient newInstance(ClientContext context) {
    return new LookupsClient(context);
  }
}
