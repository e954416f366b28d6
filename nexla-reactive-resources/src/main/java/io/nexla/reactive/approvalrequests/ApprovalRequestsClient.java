package io.nexla.reactive.approvalrequests;

import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.internal.ClientContext;

/** Client of the approvalrequests resource group. Obtain it from {@code NexlaClient.approvalRequests()}. */
public final class ApprovalRequestsClient extends GroupClient<ApprovalRequestsClient> {

  public ApprovalRequestsClient(ClientContext context) {
    super(context);
  }

  @Override
  protected ApprovalRequestsClient newInstance(ClientContext context) {
    return new ApprovalRequestsClient(context);
  }
}
