package io.nexla.reactive.transforms;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the transforms resource group. Obtain it from {@code NexlaClient.transforms()}. */
public final class TransformsClient extends GroupClient<TransformsClient> {

  public TransformsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected TransformsClient newInstance(ClientContext context) {
    return new TransformsClient(context);
  }
}
