package io.nexla.reactive.notifications;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the notifications resource group. Obtain it from {@code NexlaClient.notifications()}. */
public final class NotificationsClient extends GroupClient<NotificationsClient> {

  public NotificationsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected NotificationsClient newInstance(ClientContext context) {
    return new NotificationsClient(context);
  }
}
