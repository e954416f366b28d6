package io.nexla.reactive.dataschemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Accessor;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;

class DataSchemasClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final DataSchemasClient schemas = NexlaClient.of(transport).dataSchemas();

  @Test
  void theSchemaDocumentIsKeptAsAnUnknownField() {
    transport.answer("{\"id\": 3, \"name\": \"orders\", \"schema\": {\"type\": \"object\"}}");
    StepVerifier.create(schemas.get(3))
        .assertNext(s -> assertThat(s.additionalProperties()).containsEntry("schema", Map.of("type", "object")))
        .verifyComplete();
  }

  @Test
  void accessorsAndAuditLogUseTheSchemasCollection() {
    transport.answer("[{\"type\": \"TEAM\", \"id\": 4, \"access_roles\": [\"operator\"]}]");
    StepVerifier.create(schemas.addAccessors(3, List.of(Accessor.team(4, AccessRole.OPERATOR))))
        .assertNext(a -> assertThat(a.accessRoles()).containsExactly(AccessRole.OPERATOR)).verifyComplete();
    assertThat(transport.single().method()).isEqualTo(HttpMethod.PUT);
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/data_schemas/3/accessors");

    transport.requests().clear();
    transport.answer("null");
    StepVerifier.create(schemas.auditLog(3)).verifyComplete();
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/data_schemas/3/audit_log");
    assertThat(transport.single().operation()).isEqualTo("dataSchemas.auditLog");
  }
}
