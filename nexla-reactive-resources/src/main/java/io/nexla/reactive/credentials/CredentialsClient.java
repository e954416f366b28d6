package io.nexla.reactive.credentials;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the credentials resource group. Obtain it from {@code NexlaClient.credentials()}. */
public final class CredentialsClient extends GroupClient<CredentialsClient> {

  public CredentialsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected CredentialsClient newInstance(ClientContext context) {
    return new CredentialsClient(context);
  }
}
