package io.nexla.reactive.codecontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.attributetransforms.AttributeTransform;
import io.nexla.reactive.attributetransforms.AttributeTransformCreate;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.transforms.Transform;
import io.nexla.reactive.transforms.TransformCreate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CodeModelsJsonTest {

  private static final String SCRIPT = "  def transform(r):\n    return r  \n";

  @Test
  void codeContainerReadsAccessRolesAsStringArrayAndKeepsUnknownFieldsAndValues() {
    String json = """
        {"id": 7, "name": " spaced name ", "public": true, "ai_function_type": "classifier",
         "access_roles": ["owner", "overlord"], "code_type": "rust", "output_type": "record",
         "code_encoding": "base64",
         "code": [{"operation": "nexla.custom", "spec": {"language": "python", "script": "  x  "}, "order": 1}],
         "data_sets": [1, 2], "owner": {"id": 3, "full_name": "Ann"}, "created_at": 1700000000000,
         "future": {"a": [1, null]}}
        """;
    CodeContainer c = NexlaJson.mapper().readValue(json, CodeContainer.class);

    assertThat(c.name()).isEqualTo(" spaced name ");
    assertThat(c.isPublic()).isTrue();
    assertThat(c.accessRoles()).containsExactly(AccessRole.of("owner"), AccessRole.of("overlord"));
    assertThat(c.codeType()).isEqualTo(CodeType.of("rust"));
    assertThat(c.outputType()).isEqualTo(OutputType.RECORD);
    assertThat(c.codeEncoding()).isEqualTo(CodeEncoding.BASE64);
    assertThat(c.code()).singleElement().satisfies(op -> {
      assertThat(op.operation()).isEqualTo("nexla.custom");
      assertThat(op.spec()).containsEntry("script", "  x  ");
      assertThat(op.additionalProperties()).containsEntry("order", 1);
    });
    assertThat(c.dataSets()).containsExactly(1L, 2L);
    assertThat(c.createdAt()).hasToString("2023-11-14T22:13:20Z");
    assertThat(c.additionalProperties()).containsOnlyKeys("future");
    assertThat(c.tags()).isEmpty();

    JsonNode back = NexlaJson.mapper().valueToTree(c);
    assertThat(back.get("public").asBoolean()).isTrue();
    assertThat(back.get("future").get("a").size()).isEqualTo(2);
    assertThat(back.has("additional_properties")).isFalse();
    assertThat(back.get("code_type").asString()).isEqualTo("rust");
  }

  @Test
  void minimalBodiesDecodeWithEmptyCollections() {
    Transform t = NexlaJson.mapper().readValue("{\"id\": 1}", Transform.class);
    assertThat(t.code()).isEmpty();
    assertThat(t.accessRoles()).isEmpty();
    assertThat(t.codeConfig()).isEmpty();
    AttributeTransform a = NexlaJson.mapper().readValue("{\"id\": 2, \"code\": \"  return x \"}", AttributeTransform.class);
    assertThat(a.code()).isEqualTo("  return x ");
  }

  @Test
  void createRequestsSendRequiredFieldsWithExplicitNamesAndCodeVerbatim() {
    TransformCreate create = TransformCreate.builder("t", OutputType.RECORD, CodeType.JOLT_CUSTOM,
        CodeEncoding.NONE, List.of(CodeOperation.customScript("python", "none", SCRIPT)))
        .dataCredentialsId(9).description(" keep ").build();
    JsonNode json = NexlaJson.mapper().valueToTree(create);

    assertThat(json.propertyNames()).containsExactlyInAnyOrder("name", "output_type", "code_type",
        "code_encoding", "code", "reusable", "data_credentials_id", "description");
    assertThat(json.get("reusable").asBoolean()).isTrue();
    assertThat(json.get("description").asString()).isEqualTo(" keep ");
    assertThat(json.get("code").get(0).get("spec").get("script").asString()).isEqualTo(SCRIPT);
    assertThat(json.get("code").get(0).get("operation").asString()).isEqualTo("nexla.custom");
  }

  @Test
  void updateRequestsSendOnlyWhatWasSetAndNameTheirFieldsNotTheirValues() {
    CodeContainerUpdate update = CodeContainerUpdate.builder().isPublic(false).aiFunctionType("x")
        .customConfig(Map.of("token", "hunter2")).build();
    assertThat(NexlaJson.mapper().writeValueAsString(update))
        .isEqualTo("{\"public\":false,\"ai_function_type\":\"x\",\"custom_config\":{\"token\":\"hunter2\"}}");
    assertThat(update).hasToString("CodeContainerUpdate[public, ai_function_type, custom_config]");
    assertThat(CodeContainerUpdate.builder().isPublic(false).build())
        .isEqualTo(CodeContainerUpdate.builder().isPublic(false).build());
  }

  @Test
  void attributeTransformCodeIsAStringSentUnchanged() {
    AttributeTransformCreate r = AttributeTransformCreate.builder("a", OutputType.ATTRIBUTE, CodeType.PYTHON,
        CodeEncoding.UTF_8, SCRIPT).customConfig(Map.of("k", "v")).build();
    JsonNode json = NexlaJson.mapper().valueToTree(r);
    assertThat(json.get("code").asString()).isEqualTo(SCRIPT);
    assertThat(json.get("code_encoding").asString()).isEqualTo("utf-8");
    assertThat(json.get("custom_config").get("k").asString()).isEqualTo("v");
  }

  @Test
  void toStringLeavesOutCredentialDetails() {
    CodeContainer c = NexlaJson.mapper().readValue(
        "{\"id\": 1, \"data_credentials\": {\"password\": \"hunter2\"}}", CodeContainer.class);
    assertThat(c.toString()).doesNotContain("hunter2");
  }
}
