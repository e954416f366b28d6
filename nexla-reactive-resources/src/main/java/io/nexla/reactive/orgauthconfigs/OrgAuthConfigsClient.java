package io.nexla.reactive.orgauthconfigs;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the orgauthconfigs resource group. Obtain it from {@code NexlaClient.orgAuthConfigs()}. */
public final class OrgAuthConfigsClient extends GroupClient<OrgAuthConfigsClient> {

  public OrgAuthConfigsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected OrgAuthConfigsClient newInstance(ClientContext context) {
    return new OrgAuthConfigsClient(context);
  }
}
