package io.nexla.reactive.codecontainers;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the codecontainers resource group. Obtain it from {@code NexlaClient.codeContainers()}. */
public final class CodeContainersClient extends GroupClient<CodeContainersClient> {

  public CodeContainersClient(ClientContext context) {
    super(context);
  }

  @Override
  protected CodeContainersClient newInstance(ClientContext context) {
    return new CodeContainersClient(context);
  }
}
