package io.nexla.reactive.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;

class ProjectsClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final ProjectsClient projects = NexlaClient.of(transport).projects();

  @Test
  void expandedListSendsExpandTrue() {
    transport.answer("[]");
    StepVerifier.create(projects.list(true, ListOptions.DEFAULTS)).verifyComplete();
    assertThat(transport.single().query()).containsEntry("expand", List.of("true"));
  }

  @Test
  void flowChangesSendTheFlowListAndRemoveAllSendsNoBody() {
    transport.answer("[{\"id\": 1, \"project_id\": 5, \"flow_node_id\": 77}]");
    StepVerifier.create(projects.addFlows(5, ProjectFlowList.ofFlowNodes(77L)))
        .assertNext(f -> assertThat(f.flowNodeId()).isEqualTo(77L)).verifyComplete();
    assertThat(transport.single().method()).isEqualTo(HttpMethod.PUT);
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"flows\":[77]}");

    transport.requests().clear();
    StepVerifier.create(projects.replaceFlows(5, ProjectFlowList.ofDataFlows(DataFlowRef.source(3))))
        .expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"data_flows\":[{\"data_source_id\":3}]}");

    transport.requests().clear();
    transport.answer("[]");
    StepVerifier.create(projects.removeAllFlows(5)).verifyComplete();
    assertThat(transport.single().method()).isEqualTo(HttpMethod.DELETE);
    assertThat(transport.single().body()).isNull();
  }

  @Test
  void searchIsARetryableReadSendingFilters() {
    transport.answer("{\"flows\": []}");
    StepVerifier.create(projects.searchFlows(5, List.of(new FlowSearchFilter("name", "contains", "test"))))
        .expectNextCount(1).verifyComplete();
    assertThat(transport.single().idempotent()).isTrue();
    assertThat(RecordingTransport.json(transport.single()))
        .isEqualTo("{\"filters\":[{\"field\":\"name\",\"operator\":\"contains\",\"value\":\"test\"}]}");
  }

  @Test
  void createAlwaysSendsDataFlows() {
    StepVerifier.create(projects.create(ProjectCreate.builder("p").build())).expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"name\":\"p\",\"data_flows\":[]}");
  }
}
