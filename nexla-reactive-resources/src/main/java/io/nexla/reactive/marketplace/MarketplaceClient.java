package io.nexla.reactive.marketplace;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the marketplace resource group. Obtain it from {@code NexlaClient.marketplace()}. */
public final class MarketplaceClient extends GroupClient<MarketplaceClient> {

  public MarketplaceClient(ClientContext context) {
    super(context);
  }

  @Override
  protected MarketplaceClient newInstance(ClientContext context) {
    return new MarketplaceClient(context);
  }
}
