package io.nexla.reactive.transforms;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.PublicListing;
import reactor.core.publisher.Flux;

/**
 * Client of reusable record transforms ({@code /transforms}).
 * Obtain it from {@code NexlaClient.transforms()}. The generic operations (list, get,
 * create, update, delete, activate, pause, copy, audit log, accessors) come from {@link StandardResource}; copy
 * takes no options (the body sent is {@code {}}). Immutable and thread-safe.
 */
public final class TransformsClient extends ResourceClient<Transform, TransformsClient>
    implements StandardResource<Transform, TransformCreate, TransformUpdate, Void> {

  
  public TransformsClient(ClientHandle context) {
    super(context, "transforms", "/transforms", Transform.class);
  }

  /**
   * Emits the publicly shared transforms ({@code GET /transforms/public}), in the server's order. Cold: sent on
   * subscription. Signals {@code NexlaServiceException}s, {@code NexlaTransportException},
   * {@code NexlaTimeoutException} or {@code NexlaDecodeException}.
   */
  public Flux<Transform> listPublic() {
    return PublicListing.listPublic(ops, Transform.class);
  }

  @Override
  protected TransformsClient newInstance(ClientContext context) {
    return new TransformsClient(context);
  }
}
