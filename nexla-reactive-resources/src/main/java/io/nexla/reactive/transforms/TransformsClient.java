package io.nexla.reactive.transforms;

import io.nexla.reactive.codecontainers.PublicListing;
import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceOperations;
import reactor.core.publisher.Flux;

/**
 * Client of reusable record transforms ({@code /transforms}).
 * Obtain it from {@code NexlaClient.transforms()}. The generic operations (list, get,
 * create, update, delete, activate, pause, copy, audit log, accessors) come from {@link StandardResource}; copy
 * takes no options (the body sent is {@code {}}). Immutable and thread-safe.
 */
public final class TransformsClient extends GroupClient<TransformsClient>
    implements StandardResource<Transform, TransformRequest, TransformRequest, Void> {

  private final ResourceOperations<Transform> ops;

  public TransformsClient(ClientContext context) {
    super(context);
    this.ops = new ResourceOperations<>(context, "transforms", "/transforms", Transform.class);
  }

  @Override
  public ResourceOperations<Transform> resourceOperations() {
    return ops;
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
