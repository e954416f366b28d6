package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The conformance check itself: it must reject what {@code models.md} and {@code enums.md} rule out. */
class ResponseModelsTest {

  private static final ResponseModels MODELS = ResponseModels.load();

  @Test
  void aMissingRequiredFieldIsAViolation() {
    assertThat(MODELS.violations("Team", Api.JSON.readTree(
        "{\"id\":1,\"name\":\"t\",\"description\":\"\",\"owner\":{\"id\":1,\"full_name\":\"a\",\"email\":\"a@b\"},"
            + "\"org\":{\"id\":1,\"name\":\"o\"},\"members\":[],\"access_roles\":[\"owner\"]}")))
        .containsExactly("$.member: required, absent");
  }

  @Test
  void aWrongTypeOrANullWhereNullIsRefusedIsAViolation() {
    assertThat(MODELS.violations("NotificationType", Api.JSON.readTree(
        "{\"id\":1,\"name\":\"n\",\"description\":\"d\",\"category\":\"PLATFORM\",\"default\":true,"
            + "\"status\":\"ACTIVE\",\"event_type\":\"e\",\"resource_type\":\"SOURCE\"}")))
        .singleElement().asString().startsWith("$.status: expected bool");
    assertThat(MODELS.violations("Destination", Api.JSON.readTree(
        "{\"id\":1,\"name\":\"d\",\"status\":\"ACTIVE\",\"sink_type\":\"s3\",\"tags\":null}")))
        .containsExactly("$.tags: must not be null");
  }

  @Test
  void aValueOutsideADocumentedEnumIsAViolationInsideNestedArrays() {
    assertThat(MODELS.violations("[Accessor]", Api.JSON.readTree("[{\"type\":\"USER\",\"access_roles\":[\"reader\"]}]")))
        .singleElement().asString().contains("$[0].access_roles[0]").contains("AccessRole");
    assertThat(MODELS.violations("Destination", Api.JSON.readTree(
        "{\"id\":1,\"name\":\"d\",\"status\":\"ACTIVE\",\"sink_type\":\"s3\",\"sink_format\":\"JSON\"}")))
        .singleElement().asString().contains("DestinationFormat");
  }

  @Test
  void alternativesPassWhenOneFitsAndRawAnswersAreNotModelled() {
    assertThat(MODELS.violations(MODELS.modelOf("POST", "/marketplace/domains"), Api.JSON.readTree("{\"id\":1,\"name\":\"d\"}"))).isEmpty();
    assertThat(MODELS.violations(MODELS.modelOf("POST", "/marketplace/domains"), Api.JSON.readTree("[{\"id\":1}]"))).isNotEmpty();
    assertThat(MODELS.modelOf("DELETE", "/data_sources/{id}")).isEqualTo("raw");
    assertThat(MODELS.modelOf("GET", "/teams/{id}/accessors")).isEqualTo("[Accessor]");
    assertThat(MODELS.modelOf("GET", "/no_such_collection")).isNull();
  }
}
