package io.nexla.reactive.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.codecontainers.CodeContainer;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.flows.FlowLogQuery;
import io.nexla.reactive.metrics.FlowLogsResponse;
import io.nexla.reactive.metrics.FlowMetricsQuery;
import io.nexla.reactive.metrics.FlowMetricsResponse;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.nexsets.NexsetSample;
import io.nexla.reactive.notifications.NotificationType;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.sources.SourceUpdate;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.transforms.Transform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * Records whose fields arrive in an unexpected shape, and records without a usable identity, over real loopback
 * HTTP: the emulator for stored records, a canned-answer server for bodies the emulator would never produce.
 */
class OddRecordsWireTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final Queue<String> requests = new ConcurrentLinkedQueue<>();
  private NexlaEmulator emulator;
  private DisposableServer server;
  private NexlaClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (emulator != null) {
      emulator.close();
    }
    if (server != null) {
      server.disposeNow();
    }
  }

  private NexlaClient onEmulator() {
    emulator = NexlaEmulator.start();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();
    return client;
  }

  /** A server answering {@code answers.get("METHOD /path")} as a 200 JSON body, 404 otherwise. */
  private NexlaClient onCannedServer() {
    server = HttpServer.create().host("127.0.0.1").port(0)
        .handle((request, response) -> {
          String key = request.method().name() + " " + request.uri().replaceFirst("\\?.*", "");
          requests.add(key);
          String body = answers.get(key);
          return request.receive().then(body == null
              ? response.status(404).sendString(Mono.just("{\"message\":\"no\"}")).then()
              : response.header("Content-Type", "application/json")
                  .sendByteArray(Mono.just(body.getBytes(StandardCharsets.UTF_8))).then());
        })
        .bindNow();
    client = NexlaClient.builder().baseUrl("http://127.0.0.1:" + server.port()).accessToken("canned-token")
        .build();
    return client;
  }

  @Test
  void aCodeContainerWithAccessRolesAsAnObjectStillDecodesInGetAndList() {
    NexlaClient nexla = onEmulator();
    long odd = emulator.store().create("code_containers", Map.of("name", "odd", "code_type", "jolt",
        "access_roles", Map.of("owner", true))).get("id").asLong();
    emulator.store().create("code_containers", Map.of("name", "plain", "code_type", "jolt"));

    CodeContainer got = nexla.codeContainers().get(odd).block(WAIT);
    assertThat(got.id()).isEqualTo(odd);
    assertThat(got.name()).isEqualTo("odd");
    assertThat(got.accessRoles()).isEmpty();
    assertThat(got.additionalProperties()).containsEntry("access_roles", Map.of("owner", true));

    List<CodeContainer> all = nexla.codeContainers().list().collectList().block(WAIT);
    assertThat(all).extracting(CodeContainer::name).contains("odd", "plain");
    JsonNode written = NexlaJson.mapper().valueToTree(got);
    assertThat(written.get("access_roles").isObject()).as("written back as received").isTrue();
    assertThat(written.get("access_roles").get("owner").asBoolean()).isTrue();
  }

  @Test
  void aReadModifyWriteSendsAnOddFieldBackUnchanged() {
    NexlaClient nexla = onEmulator();
    long id = emulator.store().create("data_sources", Map.of("name", "s", "source_type", "s3",
        "access_roles", Map.of("owner", true), "poll_schedule", List.of("hourly"))).get("id").asLong();

    Source source = nexla.sources().get(id).block(WAIT);
    assertThat(source.pollSchedule()).isNull();
    assertThat(source.additionalProperties()).containsEntry("poll_schedule", List.of("hourly"));
    nexla.sources().update(id, SourceUpdate.builder(source).description("changed").build()).block(WAIT);

    JsonNode stored = emulator.store().get("data_sources", id);
    assertThat(stored.get("description").asString()).isEqualTo("changed");
    assertThat(stored.get("access_roles").isObject()).isTrue();
    assertThat(stored.get("poll_schedule").isArray()).isTrue();
    assertThat(stored.get("poll_schedule").get(0).asString()).isEqualTo("hourly");
  }

  @Test
  void transformsFlowMetricsAndNotificationTypesKeepFieldsOfAnotherShape() {
    NexlaClient nexla = onCannedServer();
    answers.put("GET /transforms/7", "{\"id\":7,\"name\":\"t\",\"access_roles\":{\"owner\":true}}");
    answers.put("GET /data_sources/5/flow/metrics",
        "{\"status\":\"ok\",\"metrics\":{\"data\":{\"5\":{\"records\":10}}}}");
    answers.put("GET /notification_types",
        "[{\"id\":1,\"name\":\"a\",\"status\":true},{\"id\":2,\"name\":\"b\",\"status\":\"ACTIVE\"}]");

    Transform transform = nexla.transforms().get(7).block(WAIT);
    assertThat(transform.name()).isEqualTo("t");
    assertThat(transform.additionalProperties()).containsEntry("access_roles", Map.of("owner", true));

    FlowMetricsResponse metrics = nexla.metrics().flowMetrics(FlowResourceType.SOURCES, 5,
        FlowMetricsQuery.since(LocalDate.of(2025, 1, 1)).withTo(LocalDate.of(2025, 1, 2))).block(WAIT);
    assertThat(metrics.status()).isNull();
    assertThat(metrics.additionalProperties()).containsEntry("status", "ok");
    assertThat(metrics.metrics().data().get("5").records()).isEqualTo(10L);

    answers.put("GET /flows/9/logs", "{\"status\":\"ok\",\"message\":7,\"logs\":[{\"log\":\"x\"}]}");
    FlowLogsResponse logs = nexla.flows().logs(9, FlowLogQuery.between(Instant.EPOCH, Instant.EPOCH.plusSeconds(60)))
        .block(WAIT);
    assertThat(logs.status()).isNull();
    assertThat(logs.additionalProperties()).containsEntry("status", "ok").containsEntry("message", 7);
    assertThat(logs.logs()).hasSize(1);

    List<NotificationType> types = nexla.notifications().getTypes(null).collectList().block(WAIT);
    assertThat(types).extracting(NotificationType::name).containsExactly("a", "b");
    assertThat(types).allMatch(NotificationType::isActive);
    assertThat(NexlaJson.mapper().valueToTree(types.get(0)).get("status").isBoolean()).isTrue();
  }

  @Test
  void aSampleWhoseWrapperHasAnotherShapeIsKeptWhole() {
    NexlaClient nexla = onCannedServer();
    answers.put("GET /data_sets/8/samples", "[{\"rawMessage\":\"not an object\",\"nexlaMetaData\":{\"o\":1}}]");

    List<NexsetSample> samples = nexla.nexsets().samples(8).collectList().block(WAIT);
    assertThat(samples).hasSize(1);
    assertThat(samples.get(0).rawMessage())
        .containsEntry("rawMessage", "not an object").containsEntry("nexlaMetaData", Map.of("o", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\":1.5,\"name\":\"s\"}", "{\"name\":\"s\"}", "{\"id\":null,\"name\":\"s\"}",
      "{\"id\":\"abc\",\"name\":\"s\"}", "{\"id\":true,\"name\":\"s\"}"})
  void aResourceWithoutAWholeNumberIdIsADecodeErrorNamingTheField(String body) {
    NexlaClient nexla = onCannedServer();
    answers.put("GET /data_sources/1", body);

    StepVerifier.create(nexla.sources().get(1))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaDecodeException.class)
            .hasMessageContaining("'id'").hasMessageContaining("Source"))
        .verify(WAIT);
  }

  @Test
  void aGenuineIdZeroIsAccepted() {
    NexlaClient nexla = onCannedServer();
    answers.put("GET /data_sources/0", "{\"id\":0,\"name\":\"zero\",\"owner\":{\"id\":0,\"full_name\":\"o\"}}");

    Source source = nexla.sources().get(0).block(WAIT);
    assertThat(source.name()).isEqualTo("zero");
    assertThat(source.owner().fullName()).isEqualTo("o");
  }

  @Test
  void aNestedRecordWithoutAnIdIsKeptRawInsteadOfFailingItsParent() {
    NexlaClient nexla = onCannedServer();
    answers.put("GET /data_sources/3", "{\"id\":3,\"run_ids\":[{\"id\":2.5}],\"owner\":{\"id\":\"x\"}}");

    Source source = nexla.sources().get(3).block(WAIT);
    assertThat(source.runIds()).isEmpty();
    assertThat(source.additionalProperties()).containsEntry("run_ids", List.of(Map.of("id", 2.5)));
    assertThat(source.owner().id()).as("an owner's id is optional, so only that field is odd").isNull();
    assertThat(source.owner().additionalProperties()).containsEntry("id", "x");
  }

  @Test
  void aCreatedTaskWithoutAnIdFailsInsteadOfPollingTaskZero() {
    NexlaClient nexla = onCannedServer();
    answers.put("POST /async_tasks", "{\"status\":\"pending\",\"type\":\"export\"}");

    StepVerifier.create(nexla.asyncTasks().beginCreate(AsyncTaskCreate.builder("export").build()).result())
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaDecodeException.class)
            .hasMessageContaining("'id'").hasMessageContaining("is missing"))
        .verify(WAIT);
    assertThat(requests).containsExactly("POST /async_tasks");
  }

  @Test
  void aGetAnsweredWithAnEmptyBodyIsADecodeError() {
    NexlaClient nexla = onEmulator();
    long id = emulator.store().create("data_sources", Map.of("name", "s", "source_type", "s3"))
        .get("id").asLong();
    emulator.faults().on("GET", "/data_sources/{id}").times(1).respond(Fault.emptyBody());

    StepVerifier.create(nexla.sources().get(id))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaDecodeException.class)
            .hasMessageContaining("sources.get").hasMessageContaining("empty"))
        .verify(WAIT);
  }

  @Test
  void aGetAnsweredWithJsonNullIsADecodeError() {
    NexlaClient nexla = onCannedServer();
    answers.put("GET /data_sources/4", "null");

    StepVerifier.create(nexla.sources().get(4))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaDecodeException.class)
            .hasMessageContaining("null"))
        .verify(WAIT);
  }
}
