package io.nexla.reactive.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Walks every row of {@code operations.csv} for some groups: calls the client method against the emulator over
 * real HTTP and checks the request on the wire (verb, path, query names, body shape) and that the call succeeded.
 * Rows a group declines are listed with a reason in {@code api-coverage-exclusions/<group>.csv}; rows whose source
 * is {@code sdk} or {@code doc} may not be declined.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractApiCoverageTest {

  private static final Set<String> MANDATORY_SOURCES = Set.of("sdk", "doc");

  protected NexlaEmulator emulator;
  protected NexlaClient client;

  /** Group name as in the CSV (e.g. {@code flows}) → operation (as in the CSV, e.g. {@code list|paginate}) → call. */
  protected abstract Map<String, Map<String, CoverageCall>> calls();

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

  @TestFactory
  Stream<DynamicTest> everyOperationOfTheGroupsWorksOnTheWire() {
    return calls().entrySet().stream().flatMap(group -> {
      Map<String, String> declined = OperationsCatalog.exclusions(group.getKey());
      List<OperationRow> rows = OperationsCatalog.rows(group.getKey());
      assertThat(rows).as("rows of group %s", group.getKey()).isNotEmpty();
      return rows.stream().map(row -> DynamicTest.dynamicTest(row.toString(),
          () -> check(row, group.getValue().get(row.operation()), declined.get(row.operation()))));
    });
  }

  private void check(OperationRow row, CoverageCall call, String declinedReason) {
    if (declinedReason != null) {
      assertThat(MANDATORY_SOURCES).as("%s may not be declined", row).doesNotContain(row.source());
      assertThat(declinedReason).as("reason for declining %s", row).isNotBlank();
      assertThat(call).as("%s is declined but also has a call", row).isNull();
      return;
    }
    assertThat(call).as("no client call for %s", row).isNotNull();
    emulator.clearJournal();
    Flux.from(call.call(client, emulator)).collectList().block(Duration.ofSeconds(20));

    List<RecordedRequest> matching = emulator.journal().stream()
        .filter(r -> r.method().equals(row.verb()) && row.pathPattern().matcher(r.path()).matches())
        .toList();
    assertThat(matching).as("a %s %s request on the wire for %s; saw %s", row.verb(), row.path(), row,
        emulator.journal().stream().map(r -> r.method() + " " + r.path()).toList()).isNotEmpty();
    RecordedRequest sent = matching.get(matching.size() - 1);
    assertThat(sent.status()).as("status answered for %s", row).isBetween(200, 299);
    if (!row.anyQueryAllowed()) {
      assertThat(row.query()).as("query parameters of %s", row).containsAll(sent.query().keySet());
    }
    checkBody(row, sent.body());
  }

  private static void checkBody(OperationRow row, String body) {
    switch (row.body()) {
      case "none" -> assertThat(body).as("%s sends no body", row).isEmpty();
      case "object" -> assertThat(json(body).isObject()).as("%s sends a JSON object: %s", row, body).isTrue();
      case "array" -> assertThat(json(body).isArray()).as("%s sends a JSON array: %s", row, body).isTrue();
      case "object-or-array" -> assertThat(json(body).isContainer()).as("%s sends JSON: %s", row, body).isTrue();
      default -> throw new AssertionError("unknown body kind " + row.body());
    }
  }

  private static JsonNode json(String body) {
    return NexlaJson.mapper().readTree(body);
  }
}
