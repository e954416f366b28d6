package io.nexla.reactive.codecontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class PublicListingTest {

  private final RecordingTransport transport = RecordingTransport.on(Schedulers.immediate()).respond(
      r -> RecordingTransport.ok(List.of(Map.of("id", 1, "name", "a", "access_roles", List.of("owner")),
          Map.of("id", 2, "name", "b"))));

  @Test
  void eachCodeGroupListsItsPublicItemsTyped() {
    StepVerifier.create(NexlaClient.of(transport).codeContainers().listPublic())
        .assertNext(c -> assertThat(c.name()).isEqualTo("a")).assertNext(c -> assertThat(c.id()).isEqualTo(2))
        .verifyComplete();
    StepVerifier.create(NexlaClient.of(transport).transforms().listPublic()).expectNextCount(2).verifyComplete();
    StepVerifier.create(NexlaClient.of(transport).attributeTransforms().listPublic()).expectNextCount(2)
        .verifyComplete();

    assertThat(transport.requests()).extracting(NexlaRequest::pathTemplate)
        .containsExactly("/code_containers/public", "/transforms/public", "/attribute_transforms/public");
    assertThat(transport.requests()).extracting(NexlaRequest::operation)
        .containsExactly("codeContainers.listPublic", "transforms.listPublic", "attributeTransforms.listPublic");
    assertThat(transport.requests()).allSatisfy(r -> {
      assertThat(r.method()).isEqualTo(HttpMethod.GET);
      assertThat(r.query()).isEmpty();
      assertThat(r.body()).isNull();
    });
  }

  @Test
  void copyOfACodeContainerSendsAnEmptyObject() {
    RecordingTransport one = RecordingTransport.on(Schedulers.immediate()).respond(
        r -> RecordingTransport.ok(Map.of("id", 8, "copied_from_id", 7)));
    StepVerifier.create(NexlaClient.of(one).codeContainers().copy(7))
        .assertNext(c -> assertThat(c.copiedFromId()).isEqualTo(7L)).verifyComplete();
    assertThat(one.requests().get(0).body()).isEqualTo(Map.of());
    assertThat(one.requests().get(0).pathTemplate()).isEqualTo("/code_containers/{id}/copy");
  }
}
