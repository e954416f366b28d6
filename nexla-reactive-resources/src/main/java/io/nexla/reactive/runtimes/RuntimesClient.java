package io.nexla.reactive.runtimes;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the runtimes resource group. Obtain it from {@code NexlaClient.runtimes()}. */
public final class RuntimesClient extends GroupClient<RuntimesClient> {

  public RuntimesClient(ClientContext context) {
    super(context);
  }

  @Override
  protected RuntimesClient newInstance(ClientContext context) {
    return new RuntimesClient(context);
  }
}
