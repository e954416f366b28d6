package io.nexla.reactive.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.json.NexlaJson;
import org.junit.jupiter.api.Test;

class ModelConventionTest {

  @Test
  void unknownFieldsSurviveAReadWriteRoundTrip() {
    String json = "{\"type\":\"TEAM\",\"id\":42,\"access_roles\":[\"operator\",\"overlord\"],"
        + "\"created_at\":\"2024-01-01 10:00:00+05:30\",\"future_field\":{\"a\":[1,null]},\"nothing\":null}";
    Accessor a = NexlaJson.mapper().readValue(json, Accessor.class);
    assertThat(a.type()).isEqualTo(AccessorType.TEAM);
    assertThat(a.accessRoles()).containsExactly(AccessRole.OPERATOR, AccessRole.of("overlord"));
    assertThat(a.createdAt()).hasToString("2024-01-01T04:30:00Z");
    assertThat(a.additionalProperties()).containsKeys("future_field", "nothing");

    String back = NexlaJson.mapper().writeValueAsString(a);
    assertThat(back).contains("\"future_field\":{\"a\":[1,null]}").contains("\"nothing\":null")
        .contains("\"access_roles\":[\"operator\",\"overlord\"]").doesNotContain("additional_properties");
  }
}
