package io.nexla.reactive.nexsets;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the nexsets resource group. Obtain it from {@code NexlaClient.nexsets()}. */
public final class NexsetsClient extends GroupClient<NexsetsClient> {

  public NexsetsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected NexsetsClient newInstance(ClientContext context) {
    return new NexsetsClient(context);
  }
}
