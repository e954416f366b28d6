package io.nexla.reactive.asynctasks;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the asynctasks resource group. Obtain it from {@code NexlaClient.asyncTasks()}. */
public final class AsyncTasksClient extends GroupClient<AsyncTasksClient> {

  public AsyncTasksClient(ClientContext context) {
    super(context);
  }

  @Override
  protected AsyncTasksClient newInstance(ClientContext context) {
    return new AsyncTasksClient(context);
  }
}
