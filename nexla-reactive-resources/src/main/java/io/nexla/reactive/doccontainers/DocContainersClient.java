package io.nexla.reactive.doccontainers;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;

/**
 * Client of the doc containers resource group ({@code /doc_containers}). Obtain it from
 * {@code NexlaClient.docContainers()}. Offers the generic operations (see {@link StandardResource}): the audit log
 * and access control are documented; the others follow the generic template.
 */
public final class DocContainersClient extends ResourceClient<DocContainer, DocContainersClient>
    implements StandardResource<DocContainer, DocContainerCreate, DocContainerUpdate, CopyOptions> {

  
  public DocContainersClient(ClientHandle context) {
    super(context, "docContainers", "/doc_containers", DocContainer.class);
  }

  @Override
  protected DocContainersClient newInstance(ClientContext context) {
    return new DocContainersClient(context);
  }
}
