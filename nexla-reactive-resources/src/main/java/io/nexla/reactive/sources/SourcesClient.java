package io.nexla.reactive.sources;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceOperations;

/**
 * Client of the sources group ({@code /data_sources}): list, get, create, update, delete, activate, pause, copy,
 * audit log and access control of data sources. Obtain it from {@code NexlaClient.sources()}. Every method is
 * cold; see the capability interfaces for what each emits and signals. The flow a source starts is managed
 * through {@code NexlaClient.flows()} (e.g. {@code flows().activateFlowOf(FlowResourceType.SOURCES, id, …)}).
 */
public final class SourcesClient extends GroupClient<SourcesClient>
    implements StandardResource<Source, SourceCreate, SourceUpdate, SourceCopyOptions> {

  private final ResourceOperations<Source> ops;

  public SourcesClient(ClientContext context) {
    super(context);
    this.ops = new ResourceOperations<>(context, "sources", "/data_sources", Source.class);
  }

  @Override
  public ResourceOperations<Source> resourceOperations() {
    return ops;
  }

  @Override
  protected SourcesClient newInstance(ClientContext context) {
    return new SourcesClient(context);
  }
}
