package io.nexla.reactive.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.credentials.Credential;
import io.nexla.reactive.credentials.CredentialCreate;
import io.nexla.reactive.credentials.CredentialType;
import io.nexla.reactive.destinations.DestinationCreate;
import io.nexla.reactive.destinations.DestinationType;
import io.nexla.reactive.nexsets.NexsetCreate;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import io.nexla.reactive.sources.SourceUpdate;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** The pipeline clients over real loopback HTTP against the emulator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineWireTest {

  private static final AtomicLong NAMES = new AtomicLong();

  NexlaEmulator emulator;
  NexlaClient client;

  @BeforeAll
  void start() {
    emulator = NexlaEmulator.start();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();
  }

  @AfterAll
  void stop() {
    client.close();
    emulator.close();
  }

  /** credential → source → nexset → destination; emits the source. */
  Mono<Source> pipeline(Map<String, Object> sourceExtra) {
    long n = NAMES.incrementAndGet();
    return client.credentials().create(CredentialCreate.builder("bucket " + n, CredentialType.S3)
            .secret("access_key_id", "AKIA" + n).build())
        .flatMap((Credential cred) -> {
          SourceCreate.Builder source = SourceCreate.builder("orders " + n, SourceType.S3)
              .dataCredentialsId(cred.id()).config("path", "raw/orders/").cron("0 * * * *");
          sourceExtra.forEach(source::field);
          return client.sources().create(source.build())
              .flatMap(src -> client.nexsets().create(NexsetCreate.builder("orders set " + n, 0)
                      .field("data_source_id", src.id()).build())
                  .flatMap(set -> client.destinations().create(DestinationCreate.builder("sink " + n,
                      DestinationType.SNOWFLAKE, cred.id(), set.id()).snowflakeMerge("DB.S.T", "id").build()))
                  .thenReturn(src));
        });
  }

  List<RecordedRequest> sent(String method, String pathSuffix) {
    return emulator.journal().stream().filter(r -> r.method().equals(method) && r.path().endsWith(pathSuffix))
        .toList();
  }

  @Test
  void unknownFieldsSurviveGetModifyUpdateOnTheWireAndOnTheServer() {
    Source src = pipeline(Map.of("retention", Map.of("days", 30, "tiers", List.of("hot")))).block(Duration.ofSeconds(10));
    emulator.clearJournal();

    StepVerifier.create(client.sources().get(src.id())
            .flatMap(got -> client.sources().update(got.id(),
                SourceUpdate.builder(got).name("renamed " + got.id()).build()))
            .then(client.sources().get(src.id())))
        .assertNext(after -> {
          assertThat(after.name()).isEqualTo("renamed " + src.id());
          assertThat(after.additionalProperties()).containsKey("retention");
          assertThat(after.sourceConfig()).containsEntry("start.cron", "0 * * * *");
        })
        .verifyComplete();
    JsonNode put = NexlaJson.mapper().readTree(sent("PUT", "/data_sources/" + src.id()).get(0).body());
    assertThat(put.get("retention").get("days").asInt()).isEqualTo(30);
    assertThat(put.get("source_config").get("path").asString()).isEqualTo("raw/orders/");
  }

  @Test
  void wholeFlowCascadesThroughAResourceUseTheDocumentedPathAndFlag() {
    Source src = pipeline(Map.of()).block(Duration.ofSeconds(10));
    emulator.clearJournal();

    StepVerifier.create(client.flows().activateFlowOf(FlowResourceType.SOURCES, src.id(), FlowScope.WHOLE_FLOW))
        .assertNext(flow -> assertThat(flow.nodes()).hasSize(3)
            .allSatisfy(node -> assertThat(node.status()).isEqualTo(ResourceStatus.ACTIVE)))
        .verifyComplete();
    StepVerifier.create(client.flows().pauseFlowOf(FlowResourceType.SOURCES, src.id(), FlowScope.WHOLE_FLOW)
            .then(client.flows().byResource(FlowResourceType.SOURCES, src.id())))
        .assertNext(flow -> assertThat(flow.nodes())
            .allSatisfy(node -> assertThat(node.status()).isEqualTo(ResourceStatus.PAUSED)))
        .verifyComplete();

    RecordedRequest activate = sent("PUT", "/data_sources/" + src.id() + "/flow/activate").get(0);
    assertThat(activate.query()).containsEntry("all", List.of("1"));
    assertThat(activate.body()).isEmpty();
    assertThat(sent("PUT", "/data_sources/" + src.id() + "/flow/pause").get(0).query())
        .containsEntry("all", List.of("1"));
  }

  @Test
  void everyFlowNodeStreamsAcrossPagesDepthFirst() {
    for (int i = 0; i < 3; i++) {
      pipeline(Map.of()).block(Duration.ofSeconds(10));
    }
    emulator.clearJournal();

    List<FlowNode> nodes = client.flows().nodes(FlowListOptions.DEFAULTS.withFlowsOnly(true).withPageSize(2))
        .collectList().block(Duration.ofSeconds(10));

    assertThat(nodes).hasSizeGreaterThanOrEqualTo(9);
    for (int i = 0; i < nodes.size(); i++) {
      FlowNode node = nodes.get(i);
      if (!node.isRoot()) {
        // depth-first pre-order: a node's parent appears before it, within the same flow
        assertThat(nodes.subList(0, i)).extracting(FlowNode::id).contains(node.parentNodeId());
      }
    }
    List<RecordedRequest> pages = sent("GET", "/flows");
    assertThat(pages.size()).isGreaterThanOrEqualTo(2);
    assertThat(pages).allSatisfy(r -> assertThat(r.query()).containsEntry("per_page", List.of("2"))
        .containsEntry("flows_only", List.of("1")));
  }
}
