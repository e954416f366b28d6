package io.nexla.reactive.samples.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The gateway over real HTTP, in front of the Nexla emulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "gateway.api-key=" + GatewayApplicationTest.API_KEY)
@AutoConfigureWebTestClient(timeout = "30s")
class GatewayApplicationTest {

  static final String API_KEY = "gateway-test-key";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final long ARTIFACT_SIZE = 300_000;
  static final NexlaEmulator EMULATOR = NexlaEmulator.builder()
      .taskDuration(Duration.ofMillis(1500))
      .artifactSize(ARTIFACT_SIZE)
      .maxPageSize(3)   // several Nexla pages behind one streamed response
      .start();

  static {
    for (int i = 1; i <= 7; i++) {
      EMULATOR.store().create("data_sources", Map.of("name", "source " + i, "source_type", "s3"));
    }
  }

  @DynamicPropertySource
  static void nexla(DynamicPropertyRegistry registry) {
    registry.add("nexla.base-url", EMULATOR::baseUrl);
    registry.add("nexla.service-key", EMULATOR::serviceKey);
  }

  @AfterAll
  static void stopEmulator() {
    EMULATOR.close();
  }

  @Autowired
  WebTestClient web;

  WebTestClient.RequestHeadersSpec<?> get(String uri, MediaType accept) {
    return web.get().uri(uri).header("X-API-Key", API_KEY).accept(accept);
  }

  @Test
  void healthNeedsNoKey() {
    web.get().uri("/api/health").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP");
  }

  @Test
  void everythingElseNeedsTheConfiguredKey() {
    long tasksBefore = EMULATOR.count("POST", "/async_tasks");
    web.get().uri("/api/sources").exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_JSON)
        .expectBody().jsonPath("$.error").isEqualTo("unauthorized");
    web.get().uri("/api/flows").header("X-API-Key", "wrong").exchange()
        .expectStatus().isUnauthorized();
    web.post().uri("/api/exports").header("X-API-Key", API_KEY + "x").bodyValue(Map.of("nexsetId", 1)).exchange()
        .expectStatus().isUnauthorized();
    assertThat(EMULATOR.count("POST", "/async_tasks")).isEqualTo(tasksBefore);
  }

  @Test
  void sourcesStreamAsNdjsonAcrossNexlaPages() {
    var result = get("/api/sources", MediaType.APPLICATION_NDJSON).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
        .returnResult(new ParameterizedTypeReference<Map<String, Object>>() {});

    List<Map<String, Object>> sources = result.getResponseBody().collectList().block(Duration.ofSeconds(30));
    assertThat(sources).extracting(s -> s.get("name"))
        .contains("source 1", "source 4", "source 7");
    // each source is Nexla's own record, as stored by the emulator: same names, same values, nothing added
    for (Map<String, Object> source : sources) {
      ObjectNode stored = EMULATOR.store().get("data_sources", ((Number) source.get("id")).longValue());
      // the emulator stores the webhook path and serves it as an absolute URL
      assertThat(String.valueOf(source.remove("webhook_url"))).endsWith(stored.remove("webhook_url").asString());
      assertThat(normalised(source)).isEqualTo(normalised(withoutEmptyContainers(stored)));
    }
    assertThat(EMULATOR.count("GET", "/data_sources")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void sourcesAndFlowsStreamAsServerSentEvents() {
    var sources = get("/api/sources", MediaType.TEXT_EVENT_STREAM).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
        .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {});
    assertThat(sources.getResponseBody().map(e -> e.data().get("name")).collectList().block(Duration.ofSeconds(30)))
        .contains("source 1", "source 7");

    var flows = get("/api/flows", MediaType.TEXT_EVENT_STREAM).exchange()
        .expectStatus().isOk()
        .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {});
    assertThat(flows.getResponseBody().map(ServerSentEvent::data).collectList().block(Duration.ofSeconds(30)))
        .hasSizeGreaterThanOrEqualTo(7)
        .allSatisfy(node -> assertThat(node).containsKeys("id", "status")
            .doesNotContainKeys("dataSourceId", "dataSetId", "root"))
        .anySatisfy(node -> assertThat(node).containsKey("data_source_id"));
  }

  @Test
  void flowsStreamAsNdjson() {
    get("/api/flows", MediaType.APPLICATION_NDJSON).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
        .expectBodyList(Map.class).value(nodes -> assertThat(nodes).hasSizeGreaterThanOrEqualTo(7));
  }

  @Test
  void anExportStartsStreamsItsProgressAndThenItsArtifact() {
    Map<String, Object> started = web.post().uri("/api/exports").header("X-API-Key", API_KEY)
        .bodyValue(Map.of("nexsetId", 42)).exchange()
        .expectStatus().isEqualTo(HttpStatus.ACCEPTED)
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
    assertThat(started).isNotNull();
    long id = ((Number) started.get("id")).longValue();

    var events = get("/api/exports/" + id + "/events", MediaType.TEXT_EVENT_STREAM).exchange()
        .expectStatus().isOk()
        .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {});
    List<ServerSentEvent<Map<String, Object>>> progress =
        events.getResponseBody().collectList().block(Duration.ofSeconds(30));
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1).event()).isEqualTo("done");
    assertThat(progress.get(progress.size() - 1).data()).containsEntry("status", "DONE")
        .doesNotContainKeys("succeeded", "failed");
    assertThat(progress.subList(0, progress.size() - 1)).allSatisfy(e -> assertThat(e.event()).isEqualTo("progress"));

    var file = get("/api/exports/" + id + "/file", MediaType.ALL).exchange()
        .expectStatus().isOk()
        .expectHeader().contentType(MediaType.APPLICATION_OCTET_STREAM)
        .returnResult(byte[].class);
    StepVerifier.create(file.getResponseBody().map(chunk -> (long) chunk.length).reduce(0L, Long::sum))
        .expectNext(ARTIFACT_SIZE)
        .verifyComplete();
  }

  @Test
  void nexlaClientErrorsPassThroughWithTheirStatus() {
    get("/api/exports/999999/file", MediaType.ALL).exchange()
        .expectStatus().isNotFound()
        .expectBody().jsonPath("$.nexla_status").isEqualTo(404);
  }

  @Test
  void sourcesComePageByPageWithLinkHeaders() {
    var first = get("/api/sources?page=1&per_page=3", MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isOk()
        .returnResult(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
    assertThat(first.getResponseBody().blockFirst(Duration.ofSeconds(30))).hasSize(3);
    assertThat(first.getResponseHeaders().getFirst("Link"))
        .isEqualTo("</api/sources?page=1&per_page=3>; rel=\"first\", </api/sources?page=2&per_page=3>; rel=\"next\"");

    var third = get("/api/sources?page=3&per_page=3", MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isOk()
        .returnResult(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
    List<Map<String, Object>> last = third.getResponseBody().blockFirst(Duration.ofSeconds(30));
    assertThat(last).hasSizeBetween(1, 2).allSatisfy(s -> assertThat(s).containsKeys("id", "name"));
    assertThat(third.getResponseHeaders().getFirst("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

    get("/api/sources?page=0&per_page=3", MediaType.APPLICATION_JSON).exchange().expectStatus().isBadRequest();
    get("/api/sources?page=1&per_page=501", MediaType.APPLICATION_JSON).exchange().expectStatus().isBadRequest();
  }

  @Test
  void keepAliveConnectionsAreAnsweredWhenAnswersFromNexlaAndImmediateErrorsAlternate() {
    // Pages come back on the Nexla client's thread; bad requests are answered at once on the server's. On the
    // connections WebTestClient keeps alive, every request must still be read and answered (Reactor Netty 1.3.7's
    // server could leave the request after such a sequence unread: reactor/reactor-netty#4361).
    WebTestClient client = web.mutate().responseTimeout(Duration.ofSeconds(10)).build();
    for (int i = 0; i < 150; i++) {
      for (int page : new int[] {1, 3}) {
        List<Map<String, Object>> items = client.get().uri("/api/sources?page=" + page + "&per_page=3")
            .header("X-API-Key", API_KEY).accept(MediaType.APPLICATION_JSON).exchange()
            .expectStatus().isOk()
            .returnResult(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getResponseBody().blockFirst(Duration.ofSeconds(10));
        assertThat(items).isNotEmpty();
      }
      for (String query : List.of("page=0&per_page=3", "page=1&per_page=501")) {
        client.get().uri("/api/sources?" + query).header("X-API-Key", API_KEY)
            .accept(MediaType.APPLICATION_JSON).exchange()
            .expectStatus().isBadRequest();
      }
    }
  }

  @Test
  void aNexsetsSamplesArePreviewedAsItsRecords() {
    long source = EMULATOR.store().create("data_sources", Map.of("name", "preview source")).get("id").asLong();
    long nexset = EMULATOR.store().create("data_sets", Map.of("name", "preview", "data_source_id", source))
        .get("id").asLong();
    EMULATOR.store().create("data_sets", Map.of("name", "other"));
    WebTestClient.bindToServer().baseUrl(EMULATOR.rootUrl()).build()
        .post().uri("/webhook/" + source + "?api_key=" + EMULATOR.serviceKey())
        .bodyValue(List.of(Map.of("order_id", 1), Map.of("order_id", 2), Map.of("order_id", 3)))
        .exchange().expectStatus().is2xxSuccessful();

    get("/api/nexsets/" + nexset + "/samples?count=2", MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.length()").isEqualTo(2).jsonPath("$[0].order_id").isNumber();
    get("/api/nexsets/" + nexset + "/samples?count=0", MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isBadRequest();
  }

  @Test
  void readinessFollowsTheNexlaClientAndNeedsNoKey() {
    web.get().uri("/actuator/health/readiness").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP")
        .jsonPath("$.components.nexla.details.reachable").isEqualTo(true);
  }

  /** The JSON tree of {@code value}, with numbers in their smallest form so that 5 and 5L compare equal. */
  private static JsonNode normalised(Object value) {
    return JSON.readTree(JSON.writeValueAsString(value));
  }

  /** Models hold absent lists and maps as empty ones and do not write them. */
  private static JsonNode withoutEmptyContainers(ObjectNode record) {
    ObjectNode copy = record.deepCopy();
    List<String> empty = new java.util.ArrayList<>();
    copy.properties().forEach(e -> {
      if ((e.getValue().isArray() || e.getValue().isObject()) && e.getValue().isEmpty()) {
        empty.add(e.getKey());
      }
    });
    empty.forEach(copy::remove);
    return copy;
  }
}
