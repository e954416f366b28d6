package io.nexla.reactive.doccontainers;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the doccontainers resource group. Obtain it from {@code NexlaClient.docContainers()}. */
public final class DocContainersClient extends GroupClient<DocContainersClient> {

  public DocContainersClient(ClientContext context) {
    super(context);
  }

  @Override
  protected DocContainersClient newInstance(ClientContext context) {
    return new DocContainersClient(context);
  }
}
