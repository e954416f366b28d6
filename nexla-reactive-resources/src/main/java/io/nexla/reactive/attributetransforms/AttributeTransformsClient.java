package io.nexla.reactive.attributetransforms;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the attributetransforms resource group. Obtain it from {@code NexlaClient.attributeTransforms()}. */
public final class AttributeTransformsClient extends GroupClient<AttributeTransformsClient> {

  public AttributeTransformsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected AttributeTransformsClient newInstance(ClientContext context) {
    return new AttributeTransformsClient(context);
  }
}
