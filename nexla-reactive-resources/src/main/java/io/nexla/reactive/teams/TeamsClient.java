package io.nexla.reactive.teams;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the teams resource group. Obtain it from {@code NexlaClient.teams()}. */
public final class TeamsClient extends GroupClient<TeamsClient> {

  public TeamsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected TeamsClient newInstance(ClientContext context) {
    return new TeamsClient(context);
  }
}
