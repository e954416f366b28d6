package io.nexla.reactive.asynctasks;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Async task update bodies as the emulator receives them over loopback HTTP. */
class AsyncTaskUpdateWireTest {

  private static final String ROUTE = "/async_tasks/{id}";

  private final EmulatorWire wire = new EmulatorWire();
  private final AsyncTasksClient tasks = wire.client().asyncTasks();

  @AfterEach
  void stop() {
    wire.close();
  }

  private long stored() {
    return wire.stored("async_tasks", Map.of("type", "export", "priority", 1, "arguments", Map.of("data_set_id", 7)));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = stored();

    AsyncTaskUpdate update = AsyncTaskUpdate.builder().priority(2).argument("format", "csv")
        .field("notify", true).build();
    StepVerifier.create(tasks.update(id, update))
        .assertNext(t -> assertThat(t.type()).hasToString("export")).verifyComplete();

    assertThat(wire.lastBody("PUT", ROUTE))
        .isEqualTo(json("{\"priority\": 2, \"arguments\": {\"format\": \"csv\"}, \"notify\": true}"));
    assertThat(wire.stored("async_tasks", id).get("notify").asBoolean()).isTrue();
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = stored();

    StepVerifier.create(tasks.update(id, AsyncTaskUpdate.builder().build())).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{}"));

    StepVerifier.create(tasks.update(id, AsyncTaskUpdate.builder().field("priority", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{\"priority\": null}"));
  }
}
