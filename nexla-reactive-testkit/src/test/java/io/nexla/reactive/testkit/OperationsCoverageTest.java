package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every row of {@code operations.csv} against the emulator over real HTTP: the documented verb and path
 * (with placeholders bound to freshly seeded records), the documented query flags and body shape, and checks the
 * status, the documented response shape, and that the answer conforms to the documented response model
 * ({@code response-models.json}: required fields, JSON types, enum values). Rows listed in {@code operations-excluded.csv} are skipped, each with a
 * reason; that file is expected to stay empty.
 */
class OperationsCoverageTest {

  private static final String BODY_FIELDS =
      "\"accessors\":[{\"type\":\"USER\",\"email\":\"a@example.com\",\"access_roles\":[\"collaborator\"]}],"
          + "\"members\":[{\"email\":\"m@example.com\",\"admin\":false}],"
          + "\"custodians\":[{\"email\":\"c@example.com\"}],"
          + "\"flows\":[1],"
          + "\"entries\":[{\"key\":\"k1\",\"value\":\"v1\"},{\"key\":\"k2\",\"value\":\"v2\"}],"
          + "\"docs\":[{\"name\":\"readme\",\"text\":\"hello\"}],"
          + "\"items\":[{\"id\":1}],"
          + "\"arguments\":{},"
          + "\"email\":\"signup@example.com\","
          + "\"delegate_owner_id\":1";

  private static final ResponseModels MODELS = ResponseModels.load();
  private static NexlaEmulator emulator;
  private static Api api;
  private static final AtomicInteger counter = new AtomicInteger();

  @BeforeAll
  static void start() {
    emulator = NexlaEmulator.builder().taskDuration(Duration.ZERO).start();
    api = new Api(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @ParameterizedTest(name = "{0}.{1}: {2} {3}")
  @CsvFileSource(resources = "/operations.csv", numLinesToSkip = 1)
  void operationAnswersWithTheDocumentedShape(
      String group, String operation, String verb, String path, String query, String body, String response, String source) {
    if (excluded().contains(verb + " " + path)) {
      return;
    }
    int n = counter.incrementAndGet();
    String url = bind(path, n);
    String queryString = queryString(query);
    String payload = switch (body) {
      case "none" -> null;
      case "array" -> "[1,2]";
      case "object-or-array" -> "[{\"event\":\"page_view\",\"user_id\":123},{\"event\":\"click\",\"user_id\":124}]";
      default -> "{\"name\":\"csv-" + n + "\"," + BODY_FIELDS + "}";
    };

    Api.Response answer;
    if (path.equals("{webhook_url}")) {
      answer = Api.sendUrl(verb, url + "?api_key=" + emulator.serviceKey() + queryString.replace('?', '&'), payload, Map.of());
    } else if (path.equals("/token")) {
      answer = api.send(verb, path, payload, Map.of("Authorization", "Basic " + emulator.serviceKey()));
    } else if (path.equals("/token/logout")) {
      answer = api.send(verb, path, payload, Map.of("Authorization", "Bearer " + api.freshToken()));
    } else {
      answer = api.call(verb, url + queryString, payload);
    }

    assertThat(answer.status()).as("%s %s -> %s", verb, url, answer.body()).isBetween(200, 299);
    switch (response) {
      case "object" -> assertThat(answer.json().isObject()).as(answer.body()).isTrue();
      case "array" -> assertThat(answer.json().isArray()).as(answer.body()).isTrue();
      case "envelope" -> {
        // A page: {data, meta} at the top or nested one level down (e.g. {status, metrics: {data, meta}}).
        JsonNode json = answer.json();
        boolean page = json.has("meta") && json.has("data");
        for (String name : json.propertyNames()) {
          page |= json.get(name).isObject() && json.get(name).has("meta") && json.get(name).has("data");
        }
        assertThat(page).as(answer.body()).isTrue();
      }
      case "empty" -> assertThat(answer.body()).isIn("", "{}");
      default -> assertThat(answer.body()).as("any: a body or none").isNotNull();
    }
    String model = MODELS.modelOf(verb, path);
    assertThat(model).as("the documented response model of %s %s", verb, path).isNotNull();
    if (!answer.body().isEmpty()) {
      assertThat(MODELS.violations(model, answer.json()))
          .as("%s %s answered %s, which does not conform to %s", verb, url, answer.body(), model).isEmpty();
    }
    assertThat(emulator.journal()).last().satisfies(r -> {
      assertThat(r.method()).isEqualTo(verb);
      assertThat(r.route()).isNotNull();
    });
  }

  @Test
  void exclusionFileHasAReasonForEveryRow() throws IOException {
    for (String line : exclusionLines()) {
      assertThat(line.split(",", 3)).as(line).hasSize(3);
      assertThat(line.split(",", 3)[2].trim()).as("reason for " + line).isNotEmpty();
    }
  }

  /** Binds every placeholder: {id} to a fresh record of the collection named before it, others to sample values. */
  private static String bind(String path, int n) {
    if (path.equals("{webhook_url}")) {
      ObjectNode source = emulator.store().create("data_sources", Map.of("name", "webhook-" + n));
      return emulator.webhookUrl(source.get("id").asLong());
    }
    String bound = path.replace("{rt}", "data_sources");
    int id = bound.indexOf("/{id}");
    if (id >= 0) {
      String collection = bound.substring(1, id);
      long recordId = seed(collection, n);
      bound = bound.replace("{id}", Long.toString(recordId));
    }
    if (bound.contains("{flow_id}")) {
      bound = bound.replace("{flow_id}", Long.toString(seed("flows", n)));
    }
    Map<String, String> values = new HashMap<>();
    values.put("{keys}", "k1,k2");
    values.put("{run_id}", "1");
    values.put("{task_type}", "EXPORT_DATA");
    values.put("{status}", "completed");
    values.put("{period}", "daily");
    values.put("{metric_type}", "records");
    values.put("{setting_id}", "1");
    values.put("{type_id}", "1");
    values.put("{resource_type}", "data_sources");
    values.put("{resource_id}", "1");
    for (Map.Entry<String, String> value : values.entrySet()) {
      bound = bound.replace(value.getKey(), value.getValue());
    }
    assertThat(bound).doesNotContain("{");
    return bound;
  }

  private static long seed(String collection, int n) {
    if (collection.equals("flows")) {
      ObjectNode source = emulator.store().create("data_sources", Map.of("name", "flow-source-" + n));
      return source.get("flow_node_id").asLong();
    }
    return emulator.store().create(collection, Map.of("name", collection.replace('/', '-') + "-seed-" + n)).get("id").asLong();
  }

  private static String queryString(String query) {
    if (query == null || query.isBlank()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String name : query.split(";")) {
      switch (name) {
        case "*", "page", "per_page", "size", "from", "to", "expand", "access_role", "org_id", "owner_id",
            "event_filter", "change_filter", "request_id", "run_id", "sort", "groupby", "orderby", "severity",
            "health_status", "sort_by", "sort_order", "notification_id", "event_type", "resource_type", "status",
            "notification_type_id", "credentials_type", "level", "gen_ai_usage", "token", "api_key" -> {
          String value = switch (name) {
            case "page" -> "1";
            case "per_page", "size" -> "5";
            case "from" -> "2026-01-01";
            case "to" -> "2026-01-31";
            case "expand" -> "1";
            case "access_role" -> "owner";
            case "org_id", "owner_id", "run_id" -> "1";
            case "token" -> "verify-me";
            default -> null;
          };
          if (value != null) {
            parts.add(name + "=" + value);
          }
        }
        default -> parts.add(name + "=" + (name.equals("count") ? "3" : "True"));
      }
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static Set<String> excluded() {
    try {
      return exclusionLines().stream().map(l -> l.split(",", 3)[0] + " " + l.split(",", 3)[1]).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> exclusionLines() throws IOException {
    try (InputStream in = OperationsCoverageTest.class.getResourceAsStream("/operations-excluded.csv")) {
      assertThat(in).as("operations-excluded.csv").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("verb,"))
          .toList();
    }
  }
}
