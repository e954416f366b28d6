package io.nexla.reactive.destinations;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;

/**
 * Client of the destinations group ({@code /data_sinks}): list, get, create, update, delete, activate, pause, copy,
 * audit log and access control of destinations (data sinks). Obtain it from {@code NexlaClient.destinations()}. Every method is
 * cold; see the capability interfaces for what each emits and signals. The flow a destination ends is managed
 * through {@code NexlaClient.flows()} (e.g. {@code flows().activateFlowOf(FlowResourceType.DESTINATIONS, id, …)}).
 */
public final class DestinationsClient extends ResourceClient<Destination, DestinationsClient>
    implements StandardResource<Destination, DestinationCreate, DestinationUpdate, DestinationCopyOptions> {

  
  public DestinationsClient(ClientHandle context) {
    super(context, "destinations", "/data_sinks", Destination.class);
  }

  @Override
  protected DestinationsClient newInstance(ClientContext context) {
    return new DestinationsClient(context);
  }
}
