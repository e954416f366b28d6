package io.nexla.reactive.approvalrequests;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client of the approval requests resource group ({@code /approval_requests}). Obtain it from
 * {@code NexlaClient.approvalRequests()}. The API defines no request model: {@link ApprovalRequestCreate} and
 * {@link ApprovalRequestUpdate} carry the known fields and any other through their builders'
 * {@code field(name, value)}.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException} when the
 * caller may not decide, other {@code NexlaServiceException}s for error statuses, {@code NexlaTransportException},
 * {@code NexlaTimeoutException}, or {@code NexlaDecodeException}. Lists emit nothing for an empty body.
 */
public final class ApprovalRequestsClient extends ResourceClient<ApprovalRequest, ApprovalRequestsClient>
    implements
        StandardResource<ApprovalRequest, ApprovalRequestCreate, ApprovalRequestUpdate, CopyOptions> {

  
  public ApprovalRequestsClient(ClientHandle context) {
    super(context, "approvalRequests", "/approval_requests", ApprovalRequest.class);
  }

  @Override
  protected ApprovalRequestsClient newInstance(ClientContext context) {
    return new ApprovalRequestsClient(context);
  }

  /** Emits each request awaiting the caller's approval. */
  public Flux<ApprovalRequest> listPending() {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/approval_requests/pending", "listPending"),
        ApprovalRequest.class);
  }

  /** Emits each request the caller made. */
  public Flux<ApprovalRequest> listRequested() {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/approval_requests/requested", "listRequested"),
        ApprovalRequest.class);
  }

  /** Approves the request and emits it with its new status. */
  public Mono<ApprovalRequest> approve(long id) {
    return ops.retrieve(ops.request(HttpMethod.PUT, "/approval_requests/{id}/approve", "approve")
        .pathVariable("id", id));
  }

  /**
   * Rejects the request, with an optional reason (a DELETE with a JSON body, {@code {}} without a reason), and
   * emits it with its new status.
   */
  public Mono<ApprovalRequest> reject(long id, @Nullable String reason) {
    return ops.retrieve(ops.request(HttpMethod.DELETE, "/approval_requests/{id}/reject", "reject")
        .pathVariable("id", id).body(reason == null ? Map.of() : Map.of("reason", reason)));
  }
}
