package io.nexla.reactive.sources;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the sources resource group. Obtain it from {@code NexlaClient.sources()}. */
public final class SourcesClient extends GroupClient<SourcesClient> {

  public SourcesClient(ClientContext context) {
    super(context);
  }

  @Override
  protected SourcesClient newInstance(ClientContext context) {
    return new SourcesClient(context);
  }
}
