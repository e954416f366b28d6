package io.nexla.reactive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.asynctasks.AsyncTaskType;
import io.nexla.reactive.asynctasks.ExportProgress;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.core.TlsOptions;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.error.UnexpectedStatusException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.credentials.Credential;
import io.nexla.reactive.credentials.CredentialCreate;
import io.nexla.reactive.credentials.CredentialType;
import io.nexla.reactive.destinations.Destination;
import io.nexla.reactive.destinations.DestinationCreate;
import io.nexla.reactive.destinations.DestinationType;
import io.nexla.reactive.flows.FlowNode;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.flows.FlowResponse;
import io.nexla.reactive.flows.FlowScope;
import io.nexla.reactive.nexsets.Nexset;
import io.nexla.reactive.nexsets.NexsetBrief;
import io.nexla.reactive.nexsets.NexsetCreate;
import io.nexla.reactive.nexsets.NexsetSample;
import io.nexla.reactive.nexsets.SampleOptions;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built standalone jar ({@code nexla-emulator.jar}) in its own JVM, driven by the real client over loopback:
 * the seed pipeline with every id taken from an answer, {@code --populate}, {@code --fixtures} and {@code --tls}.
 */
class StandaloneEmulatorTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String KEY = "standalone-key";
  private static final List<String> FIXTURE_COLLECTIONS = List.of("data_credentials", "data_sources", "data_sets", "data_sinks");

  private static ExternalEmulator jar(String... arguments) {
    List<String> all = new ArrayList<>(List.of("--port", "0", "--service-key", KEY));
    all.addAll(List.of(arguments));
    return ExternalEmulator.emulatorJar(all);
  }

  private static NexlaClient client(ExternalEmulator emulator) {
    return client(emulator, b -> b);
  }

  private static NexlaClient client(ExternalEmulator emulator, UnaryOperator<NexlaClient.Builder> more) {
    return more.apply(NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(KEY)).build();
  }

  private static <T> T await(Mono<T> call) {
    return call.block(WAIT);
  }

  @Test
  void theSeedPipelineRunsAgainstTheJarWithoutHandMadeIds(@TempDir Path dir) throws Exception {
    try (ExternalEmulator emulator = jar("--task-duration", "0s"); NexlaClient client = client(emulator)) {
      Credential credential = await(client.credentials().create(CredentialCreate.builder("orders-bucket", CredentialType.S3)
          .secret("access_key_id", "AK").secret("secret_access_key", "SK").build()));
      Source source = await(client.sources().create(SourceCreate.builder("orders", SourceType.S3)
          .dataCredentialsId(credential.id()).config("path", "bucket/orders/").config("file_format", "csv").build()));
      assertThat(source.dataSets()).as("nothing detected before activation").isEmpty();

      assertThat(await(client.sources().activate(source.id())).status()).isEqualTo(ResourceStatus.ACTIVE);
      List<NexsetBrief> detectedBriefs = await(client.sources().get(source.id())).dataSets();
      assertThat(detectedBriefs).hasSize(1);
      long detected = detectedBriefs.get(0).id();

      Nexset nexset = await(client.nexsets().get(detected));
      assertThat(nexset.dataSourceId()).isEqualTo(source.id());
      @SuppressWarnings("unchecked")
      Map<String, Object> schema = (Map<String, Object>) nexset.outputSchema().get("properties");
      List<NexsetSample> samples = await(client.nexsets().samples(detected, new SampleOptions(4, false, false)).collectList());
      assertThat(samples).hasSize(4).allSatisfy(sample -> {
        assertThat(sample.rawMessage().keySet()).as("the inferred schema's attributes").isEqualTo(schema.keySet());
        assertThat(sample.rawMessage().values()).as("CSV values are text").allMatch(String.class::isInstance);
      });

      Nexset transformed = await(client.nexsets().create(NexsetCreate.builder("orders-clean", detected)
          .transform(Map.of("version", 1, "operations", List.of())).build()));
      Destination destination = await(client.destinations().create(DestinationCreate.builder("orders-out",
          DestinationType.S3, credential.id(), transformed.id()).config("path", "out/").config("data_format", "parquet").build()));
      assertThat(await(client.nexsets().get(transformed.id())).parentDataSets()).extracting(b -> b.id()).containsExactly(detected);

      FlowResponse flow = await(client.flows().byResource(FlowResourceType.DESTINATIONS, destination.id()));
      assertThat(flow.flows()).hasSize(1);
      FlowNode origin = flow.flows().get(0);
      assertThat(origin.dataSourceId()).isEqualTo(source.id());
      assertThat(flow.nodes()).extracting(n -> n.dataSourceId() != null ? n.dataSourceId()
              : n.dataSetId() != null ? n.dataSetId() : n.dataSinkId())
          .containsExactly(source.id(), detected, transformed.id(), destination.id());

      // all=1 and full_tree=1 together, from the destination: the whole flow, upstream included.
      assertThat(await(client.flows().activateFlowOf(FlowResourceType.DESTINATIONS, destination.id(),
          FlowScope.WHOLE_FLOW_BOTH_FLAGS)).nodes()).extracting(FlowNode::status).containsOnly(ResourceStatus.ACTIVE);
      await(client.flows().pause(origin.id(), FlowScope.WHOLE_FLOW_BOTH_FLAGS));
      assertThat(statuses(client, source, detected, transformed, destination)).containsOnly(ResourceStatus.PAUSED);
      await(client.flows().activate(origin.id(), FlowScope.WHOLE_FLOW_ALL));
      assertThat(statuses(client, source, detected, transformed, destination)).containsOnly(ResourceStatus.ACTIVE);

      Path file = dir.resolve("orders.csv");
      ExportProgress last = await(client.asyncTasks().export(AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA)
          .argument("data_set_id", transformed.id()).argument("size_bytes", 1000).build(), file).last());
      assertThat(last.stage()).isEqualTo(ExportProgress.Stage.DOWNLOADED);
      assertThat(Files.size(file)).isEqualTo(1000);

      StepVerifier.create(client.flows().delete(origin.id(), FlowScope.WHOLE_FLOW_FULL_TREE))
          .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnexpectedStatusException.class)
              .satisfies(refused -> assertThat(((UnexpectedStatusException) refused).status()).isEqualTo(405)))
          .verify(WAIT);
      assertThat(await(client.sources().get(source.id())).id()).as("a refused delete deletes nothing").isEqualTo(source.id());

      await(client.flows().pauseFlowOf(FlowResourceType.SOURCES, source.id(), FlowScope.WHOLE_FLOW_FULL_TREE));
      await(client.flows().delete(origin.id(), FlowScope.WHOLE_FLOW_FULL_TREE));
      for (Mono<?> gone : List.of(client.sources().get(source.id()), client.nexsets().get(detected),
          client.nexsets().get(transformed.id()), client.destinations().get(destination.id()), client.flows().get(origin.id()))) {
        StepVerifier.create(gone).expectError(NotFoundException.class).verify(WAIT);
      }
      assertThat(await(client.credentials().get(credential.id())).id()).as("credentials are not part of the flow")
          .isEqualTo(credential.id());
    }
  }

  private static List<ResourceStatus> statuses(NexlaClient client, Source source, long detected, Nexset transformed,
      Destination destination) {
    return List.of(await(client.sources().get(source.id())).status(), await(client.nexsets().get(detected)).status(),
        await(client.nexsets().get(transformed.id())).status(), await(client.destinations().get(destination.id())).status());
  }

  @Test
  void populateServesFullPagesOfSources() {
    try (ExternalEmulator emulator = jar("--populate", "1000"); NexlaClient client = client(emulator)) {
      Source[] page = await(client.transport().retrieve(NexlaRequest.get("/data_sources").query("page", 10)
          .query("per_page", 100).operation("sources.list").build(), Source[].class));
      assertThat(page).hasSize(100);
      assertThat(page[0].name()).isEqualTo("source-0000901");
      assertThat(page[99].name()).isEqualTo("source-0001000");
      assertThat(page).allSatisfy(source -> assertThat(source.dataSets()).hasSize(1));
    }
  }

  @Test
  void theReadmeFixturesRoundTripThroughTwoJars(@TempDir Path dir) throws Exception {
    Path example = Path.of(System.getProperty("standalone.exampleFixtures",
        "../nexla-reactive-testkit/src/test/resources/fixtures/example.json"));
    JsonNode given = NexlaJson.mapper().readTree(example.toFile());
    ObjectNode answered;
    try (ExternalEmulator emulator = jar("--fixtures", example.toString()); NexlaClient client = client(emulator)) {
      answered = read(client, given);
      for (String collection : FIXTURE_COLLECTIONS) {
        for (int i = 0; i < given.get(collection).size(); i++) {
          JsonNode answer = answered.get(collection).get(i);
          given.get(collection).get(i).properties().forEach(field ->
              assertThat(answer.get(field.getKey())).as("%s %s", collection, field.getKey()).isEqualTo(field.getValue()));
        }
      }
      JsonNode source = answered.get("data_sources").get(0);
      assertThat(source.get("name").asString()).isEqualTo("orders");
      assertThat(source.get("source_config").get("path").asString()).isEqualTo("warehouse/orders/");
      assertThat(answered.get("data_sinks").get(0).get("origin_node_id").asLong())
          .isEqualTo(source.get("flow_node_id").asLong());
      long next = await(client.credentials().create(CredentialCreate.builder("next", CredentialType.S3).build())).id();
      assertThat(next).as("new ids above the fixtures'").isGreaterThan(5004);
    }
    Path exported = dir.resolve("exported.json");
    Files.writeString(exported, answered.toString());
    try (ExternalEmulator emulator = jar("--fixtures", exported.toString()); NexlaClient client = client(emulator)) {
      assertThat(read(client, given)).isEqualTo(answered);
    }
  }

  /** Each record of {@code fixtures}, as the emulator answers {@code GET /{collection}/{id}}. */
  private static ObjectNode read(NexlaClient client, JsonNode fixtures) {
    ObjectNode answers = NexlaJson.mapper().createObjectNode();
    for (String collection : FIXTURE_COLLECTIONS) {
      var records = answers.putArray(collection);
      fixtures.get(collection).forEach(record -> records.add(await(client.transport()
          .exchange(NexlaRequest.get("/" + collection + "/{id}").pathVariable("id", record.get("id").asLong())
              .operation(collection + ".get").build())).json()));
    }
    return answers;
  }

  @Test
  void overTlsTheClientTrustingTheWrittenCertificateWorks(@TempDir Path dir) throws Exception {
    Path pem = dir.resolve("emulator.pem");
    try (ExternalEmulator emulator = jar("--tls-cert-out", pem.toString())) {
      assertThat(emulator.baseUrl()).startsWith("https://127.0.0.1:");
      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
      try (NexlaClient client = client(emulator, b -> b.tls(TlsOptions.builder().trustedCertificates(certificate).build()))) {
        Credential created = await(client.credentials().create(CredentialCreate.builder("tls", CredentialType.S3).build()));
        assertThat(await(client.credentials().get(created.id())).name()).isEqualTo("tls");
      }
    }
  }
}
