package io.nexla.reactive.sources;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;

/**
 * Client of the sources group ({@code /data_sources}): list, get, create, update, delete, activate, pause, copy,
 * audit log and access control of data sources. Obtain it from {@code NexlaClient.sources()}. Every method is
 * cold; see the capability interfaces for what each emits and signals. The flow a source starts is managed
 * through {@code NexlaClient.flows()} (e.g. {@code flows().activateFlowOf(FlowResourceType.SOURCES, id, …)}).
 */
public final class SourcesClient extends ResourceClient<Source, SourcesClient>
    implements StandardResource<Source, SourceCreate, SourceUpdate, SourceCopyOptions> {

  
  public SourcesClient(ClientHandle context) {
    super(context, "sources", "/data_sources", Source.class);
  }

  @Override
  protected SourcesClient newInstance(ClientContext context) {
    return new SourcesClient(context);
  }
}
