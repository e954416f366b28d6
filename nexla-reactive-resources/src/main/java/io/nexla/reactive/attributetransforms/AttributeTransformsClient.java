package io.nexla.reactive.attributetransforms;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.PublicListing;
import reactor.core.publisher.Flux;

/**
 * Client of reusable attribute transforms ({@code /attribute_transforms}).
 * Obtain it from {@code NexlaClient.attributeTransforms()}. The generic operations (list, get,
 * create, update, delete, activate, pause, copy, audit log, accessors) come from {@link StandardResource}; copy
 * takes no options (the body sent is {@code {}}). Immutable and thread-safe.
 */
public final class AttributeTransformsClient extends ResourceClient<AttributeTransform, AttributeTransformsClient>
    implements StandardResource<AttributeTransform, AttributeTransformCreate, AttributeTransformUpdate,
        Void> {

  
  public AttributeTransformsClient(ClientHandle context) {
    super(context, "attributeTransforms", "/attribute_transforms", AttributeTransform.class);
  }

  /**
   * Emits the publicly shared attribute transforms ({@code GET /attribute_transforms/public}), in the server's order. Cold: sent on
   * subscription. Signals {@code NexlaServiceException}s, {@code NexlaTransportException},
   * {@code NexlaTimeoutException} or {@code NexlaDecodeException}.
   */
  public Flux<AttributeTransform> listPublic() {
    return PublicListing.listPublic(ops, AttributeTransform.class);
  }

  @Override
  protected AttributeTransformsClient newInstance(ClientContext context) {
    return new AttributeTransformsClient(context);
  }
}
