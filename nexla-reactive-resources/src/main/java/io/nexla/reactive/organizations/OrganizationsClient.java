package io.nexla.reactive.organizations;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the organizations resource group. Obtain it from {@code NexlaClient.organizations()}. */
public final class OrganizationsClient extends GroupClient<OrganizationsClient> {

  public OrganizationsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected OrganizationsClient newInstance(ClientContext context) {
    return new OrganizationsClient(context);
  }
}
