package io.nexla.reactive.spring.boot.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTask;
import io.nexla.reactive.codecontainers.CodeContainer;
import io.nexla.reactive.core.json.ExpandableValue;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.json.NexlaModel;
import io.nexla.reactive.sources.Source;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every Nexla model, decoded from wire JSON, is written back in Nexla's own form — snake_case, unknown fields as
 * received, no derived properties, no nulls — by Spring Boot's auto-configured mapper and by a plain
 * {@link JsonMapper}, not only by the library's own. The models are enumerated from the resources module, so a new
 * model cannot be forgotten.
 */
class ModelWireFormTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DATE = "2025-01-15T10:30:00Z";
  private static final ObjectMapper BOOT_MAPPER = bootMapper();
  private static final ObjectMapper PLAIN_MAPPER = JsonMapper.builder().build();

  /** Realistic payloads (shapes of the API reference), beside the generated one every model gets. */
  private static final Map<Class<?>, String> REALISTIC = Map.of(
      Source.class, """
          {"id":5001,"name":"orders","status":"ACTIVE","source_type":"s3","connector_type":"s3",
           "owner":{"id":42,"full_name":"Ada Admin","email":"ada@example.com"},"org":{"id":7,"name":"Acme"},
           "access_roles":["owner"],"managed":false,"auto_generated":false,"description":"",
           "ingest_method":"POLL","source_format":"JSON","source_config":{"table":"test_table","nulls":null},
           "data_sets":[{"id":9001,"owner_id":42,"org_id":7,"name":"Dataset #1 - orders","version":2,
             "created_at":"2025-01-15T10:30:00Z"}],
           "run_ids":[{"id":789,"created_at":"2023-01-01T12:00:00Z"}],"flow_type":"batch","has_template":false,
           "tags":["prod"],"created_at":"2025-01-15T10:30:00Z","updated_at":"2025-01-16T08:00:00Z",
           "origin_node_id":5001,"webhook_url":null}""",
      AsyncTask.class, """
          {"id":77,"type":"export","status":"completed","created_at":"2025-01-15T10:30:00Z",
           "finished_at":"2025-01-15T10:31:00Z","result":{"url":"https://files.example.com/a.csv"},
           "progress":100,"owner_id":42}""",
      CodeContainer.class, """
          {"id":12,"name":"flatten","resource_type":"transform","reusable":true,"public":false,
           "access_roles":["owner","collaborator"],"code_type":"jolt_standard","output_type":"record",
           "code":[{"operation":"shift","spec":{"*":"&"}}],"code_config":{},"data_sets":[3,4],
           "created_at":"2025-01-15T10:30:00Z","ai_hint":"none"}""");

  /**
   * Records keeping extra fields that are requests, not models: they are written by the client and send their
   * empty lists and defaults as built. A new record keeping unknown fields must be added here or be a model.
   */
  private static final java.util.Set<String> REQUESTS = java.util.Set.of("NexsetCreate", "NexsetUpdate",
      "CredentialCreate", "CredentialUpdate", "ProbeSampleRequest", "LookupCreate", "LookupUpdate",
      "SourceCreate", "SourceUpdate", "DestinationCreate", "DestinationUpdate", "SignupInput",
      "ProjectCreate", "ProjectUpdate", "TeamCreate", "TeamUpdate", "UserCreate", "UserUpdate",
      "OrganizationCreate", "OrganizationUpdate",
      "AsyncTaskUpdate", "FlowCreate", "CopyOptions",
      "DataSchemaCreate", "DataSchemaUpdate", "ApprovalRequestCreate", "ApprovalRequestUpdate",
      "RuntimeCreate", "RuntimeUpdate", "AuthConfigPayload", "DocContainerCreate",
      "DocContainerUpdate", "GenAiConfigCreate", "GenAiConfigUpdate", "GenAiOrgSettingCreate",
      "MarketplaceDomainCreate", "MarketplaceDomainUpdate", "MarketplaceItemCreate",
      "NotificationChannelSettingCreate", "NotificationChannelSettingUpdate", "NotificationSettingCreate",
      "NotificationSettingUpdate");

  static List<Class<?>> models() throws IOException, URISyntaxException {
    Path location = Path.of(NexlaClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).forEach(names::add);
      }
    }
    List<Class<?>> models = new ArrayList<>();
    for (String name : names) {
      if (!name.startsWith("io/nexla/reactive/") || !name.endsWith(".class") || name.contains("/internal/")) {
        continue;
      }
      try {
        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'));
        if (type.isRecord() && Modifier.isPublic(type.getModifiers()) && unknownFieldsOf(type) != null
            && !REQUESTS.contains(type.getSimpleName())) {
          models.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException(name, e);
      }
    }
    models.sort(java.util.Comparator.comparing(Class::getName));
    return models;
  }

  @Test
  void theEnumerationFindsTheModels() throws Exception {
    assertThat(models()).hasSizeGreaterThan(60).contains(Source.class, AsyncTask.class, Source.RunInfo.class);
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyModelIsMarked(Class<?> model) {
    assertThat(model.isAnnotationPresent(NexlaModel.class)).as(model.getName()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyModelIsWrittenBackInItsWireFormByAnyMapper(Class<?> model) {
    List<ObjectNode> payloads = new ArrayList<>();
    payloads.add(generated(model, 0));
    if (REALISTIC.containsKey(model)) {
      payloads.add((ObjectNode) NexlaJson.mapper().readTree(REALISTIC.get(model)));
    }
    for (ObjectNode wire : payloads) {
      Object decoded = NexlaJson.mapper().treeToValue(wire, model);
      JsonNode expected = withoutEmptyContainers(wire);
      for (ObjectMapper mapper : List.of(BOOT_MAPPER, PLAIN_MAPPER, NexlaJson.mapper())) {
        JsonNode written = mapper.readTree(mapper.writeValueAsString(decoded));
        assertThat(written).as("%s written by %s from %s", model.getSimpleName(), mapper, wire)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void anAsyncTaskHasNoDerivedProperties() {
    AsyncTask task = NexlaJson.mapper().readValue(REALISTIC.get(AsyncTask.class), AsyncTask.class);
    assertThat(task.isSucceeded()).isTrue();
    JsonNode written = BOOT_MAPPER.valueToTree(task);
    assertThat(written.has("succeeded") || written.has("failed") || written.has("additional_properties"))
        .isFalse();
    assertThat(written.get("owner_id").asInt()).isEqualTo(42);
  }

  private static ObjectMapper bootMapper() {
    ObjectMapper[] found = new ObjectMapper[1];
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .run(context -> found[0] = context.getBean(JsonMapper.class));
    return found[0];
  }

  // ---- the generated wire form: one value of the right JSON shape per component, plus unknown fields ------------

  private static ObjectNode generated(Class<?> type, int depth) {
    ObjectNode node = NODES.objectNode();
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(unknownFieldsOf(type))) {
        continue;
      }
      JsonNode value = valueOf(c.getGenericType(), depth);
      if (value != null) {
        node.set(wireName(type, c), value);
      }
    }
    if (unknownFieldsOf(type) != null) {
      node.put("origin_node_id", 4242);
      node.putNull("webhook_url");
      node.set("future_field", NODES.objectNode().set("a", NODES.arrayNode().add(1).addNull()));
    }
    return node;
  }

  private static JsonNode valueOf(Type type, int depth) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        JsonNode item = valueOf(args[0], depth + 1);
        return item == null ? null : NODES.arrayNode().add(item);
      }
      if (Map.class.isAssignableFrom(raw)) {
        JsonNode item = valueOf(args[1], depth + 1);
        return item == null ? null : NODES.objectNode().set("k1", item);
      }
      return null;
    }
    if (!(type instanceof Class<?> c)) {
      return NODES.stringNode("v");
    }
    if (c == long.class || c == Long.class || c == int.class || c == Integer.class) {
      return NODES.numberNode(7);
    }
    if (c == boolean.class || c == Boolean.class) {
      return NODES.booleanNode(true);
    }
    if (c == double.class || c == Double.class || c == Number.class) {
      return NODES.numberNode(1.5);
    }
    if (c == String.class || c == Object.class) {
      return NODES.stringNode("text");
    }
    if (c == java.net.URI.class) {
      return NODES.stringNode("https://files.example.com/export.csv");
    }
    if (c == Instant.class) {
      return NODES.stringNode(DATE);
    }
    if (ExpandableValue.class.isAssignableFrom(c)) {
      return NODES.stringNode("some_value");
    }
    if (JsonNode.class.isAssignableFrom(c)) {
      return NODES.objectNode().put("k", "v");
    }
    if (c.isRecord() && depth < 3 && unknownFieldsOf(c) != null) {
      return generated(c, depth + 1);
    }
    return null;
  }

  private static String wireName(Class<?> type, RecordComponent c) {
    try {
      JsonProperty explicit = type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
      if (explicit != null && !explicit.value().isEmpty()) {
        return explicit.value();
      }
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
    return c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** The name of the component holding unknown fields (the any-getter map), or {@code null}. */
  private static String unknownFieldsOf(Class<?> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAnyGetter.class)) {
        return c.getName();
      }
      try {
        Field f = type.getDeclaredField(c.getName());
        if (f.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAnyGetter.class)) {
          return c.getName();
        }
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  /** Models hold absent lists and maps as empty ones, and write neither (documented). */
  private static JsonNode withoutEmptyContainers(ObjectNode wire) {
    ObjectNode copy = wire.deepCopy();
    List<String> empty = new ArrayList<>();
    copy.properties().forEach(e -> {
      JsonNode v = e.getValue();
      if ((v.isArray() || v.isObject()) && v.isEmpty()) {
        empty.add(e.getKey());
      } else if (v.isObject()) {
        copy.set(e.getKey(), withoutEmptyContainers((ObjectNode) v));
      } else if (v.isArray()) {
        ArrayNode items = NODES.arrayNode();
        v.values().forEach(i -> items.add(i.isObject() ? withoutEmptyContainers((ObjectNode) i) : i));
        copy.set(e.getKey(), items);
      }
    });
    empty.forEach(copy::remove);
    return copy;
  }
}
