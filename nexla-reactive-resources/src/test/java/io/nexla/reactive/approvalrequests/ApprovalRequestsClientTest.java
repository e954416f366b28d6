package io.nexla.reactive.approvalrequests;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.testing.RecordingTransport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;

class ApprovalRequestsClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final ApprovalRequestsClient approvals = NexlaClient.of(transport).approvalRequests();

  @Test
  void rejectSendsTheReasonOrAnEmptyObject() {
    transport.answer("{\"id\": 4, \"status\": \"rejected\"}");
    StepVerifier.create(approvals.reject(4, "not needed"))
        .assertNext(a -> assertThat(a.status()).isEqualTo("rejected")).verifyComplete();
    assertThat(transport.single().method()).isEqualTo(HttpMethod.DELETE);
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"reason\":\"not needed\"}");

    transport.requests().clear();
    StepVerifier.create(approvals.reject(4, null)).expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{}");
  }

  @Test
  void approveSendsNoBodyAndPendingListsAcceptNoContent() {
    StepVerifier.create(approvals.approve(4)).expectNextCount(1).verifyComplete();
    assertThat(transport.single().body()).isNull();
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/approval_requests/4/approve");

    transport.answer("");
    StepVerifier.create(approvals.listPending()).verifyComplete();
  }
}
