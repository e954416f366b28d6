package io.nexla.reactive.users;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the users resource group. Obtain it from {@code NexlaClient.users()}. */
public final class UsersClient extends GroupClient<UsersClient> {

  public UsersClient(ClientContext context) {
    super(context);
  }

  @Override
  protected UsersClient newInstance(ClientContext context) {
    return new UsersClient(context);
  }
}
