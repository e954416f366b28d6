package io.nexla.reactive.codecontainers;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.PublicListing;
import reactor.core.publisher.Flux;

/**
 * Client of code containers ({@code /code_containers}).
 * Obtain it from {@code NexlaClient.codeContainers()}. The generic operations (list, get,
 * create, update, delete, activate, pause, copy, audit log, accessors) come from {@link StandardResource}; copy
 * takes no options (the body sent is {@code {}}). Immutable and thread-safe.
 */
public final class CodeContainersClient extends ResourceClient<CodeContainer, CodeContainersClient>
    implements StandardResource<CodeContainer, CodeContainerCreate, CodeContainerUpdate, Void> {

  
  public CodeContainersClient(ClientHandle context) {
    super(context, "codeContainers", "/code_containers", CodeContainer.class);
  }

  /**
   * Emits the publicly shared code containers ({@code GET /code_containers/public}), in the server's order. Cold: sent on
   * subscription. Signals {@code NexlaServiceException}s, {@code NexlaTransportException},
   * {@code NexlaTimeoutException} or {@code NexlaDecodeException}.
   */
  public Flux<CodeContainer> listPublic() {
    return PublicListing.listPublic(ops, CodeContainer.class);
  }

  @Override
  protected CodeContainersClient newInstance(ClientContext context) {
    return new CodeContainersClient(context);
  }
}
