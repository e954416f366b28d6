package io.nexla.reactive.projects;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the projects resource group. Obtain it from {@code NexlaClient.projects()}. */
public final class ProjectsClient extends GroupClient<ProjectsClient> {

  public ProjectsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected ProjectsClient newInstance(ClientContext context) {
    return new ProjectsClient(context);
  }
}
