package io.nexla.reactive.internal;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;

/**
 * What every group client shares: the transport and the per-call options of this view. Immutable.
 *
 * @param transport the client's transport
 * @param requestOptions options applied to every request made through this view
 */
public record ClientContext(NexlaTransport transport, RequestOptions requestOptions) implements ClientHandle {

  /**
   * The context behind a handle.
   *
   * @throws IllegalArgumentException when the handle is not one the client made
   */
  public static ClientContext of(ClientHandle handle) {
    if (handle instanceof ClientContext context) {
      return context;
    }
    throw new IllegalArgumentException("Group clients are obtained from NexlaClient, not built over "
        + handle.getClass().getName());
  }

  public NexlaClientOptions options() {
    return transport.options();
  }

  /** A context whose requests carry {@code more} on top of this context's options. */
  public ClientContext withOptions(RequestOptions more) {
    return new ClientContext(transport, requestOptions.merge(more));
  }

  /** Applies this view's per-call options to a request builder and builds it. */
  public NexlaRequest build(NexlaRequest.Builder builder) {
    NexlaRequest request = builder.build();
    return requestOptions == RequestOptions.NONE
        ? request
        : request.toBuilder().options(request.options().merge(requestOptions)).build();
  }
}
