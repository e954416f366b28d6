package io.nexla.reactive.common;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

/** Copy bodies of the groups taking {@link CopyOptions}, as the emulator receives them over loopback HTTP. */
class CopyOptionsWireTest {

  private final EmulatorWire wire = new EmulatorWire();

  @AfterEach
  void stop() {
    wire.close();
  }

  static Stream<Arguments> groups() {
    return Stream.of(
        group("teams", "/teams", c -> c.teams(), Map.of("name", "ops")),
        group("projects", "/projects", c -> c.projects(), Map.of("name", "analytics")),
        group("users", "/users", c -> c.users(), Map.of("full_name", "Ada", "email", "ada@example.com")),
        group("orgs", "/orgs", c -> c.organizations(), Map.of("name", "Acme", "email_domain", "acme.com")),
        group("data_schemas", "/data_schemas", c -> c.dataSchemas(), Map.of("name", "orders")),
        group("approval_requests", "/approval_requests", c -> c.approvalRequests(), Map.of("name", "access")),
        group("async_tasks", "/async_tasks", c -> c.asyncTasks(), Map.of("type", "export")));
  }

  private static Arguments group(String collection, String path, Function<NexlaClient, Copyable<?, CopyOptions>> of,
      Map<String, ?> record) {
    return Arguments.of(collection, path + "/{id}/copy", of, record);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void aCopySendsOnlyTheOptionsSetAndOtherFields(String collection, String route,
      Function<NexlaClient, Copyable<?, CopyOptions>> group, Map<String, ?> record) {
    long id = wire.stored(collection, record);
    Copyable<?, CopyOptions> copies = group.apply(wire.client());

    CopyOptions options = CopyOptions.DEFAULTS.withCopyAccessControls(true).withField("copy_members", false);
    StepVerifier.create(copies.copy(id, options)).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("POST", route))
        .isEqualTo(json("{\"copy_access_controls\": true, \"copy_members\": false}"));

    StepVerifier.create(copies.copy(id, CopyOptions.DEFAULTS.withOwner(1, 1))).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("POST", route)).isEqualTo(json("{\"owner_id\": 1, \"org_id\": 1}"));

    StepVerifier.create(copies.copy(id, CopyOptions.DEFAULTS)).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("POST", route)).isEqualTo(json("{}"));
  }
}
