package io.nexla.reactive.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Key values of {@code nexla.client.operation}, and a replaced convention. */
class OperationConventionTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final NexlaEmulator emulator = NexlaEmulator.start();
  private final ObservationRegistry registry = ObservationRegistry.create();
  private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

  OperationConventionTest() {
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
  }

  private List<NexlaOperationContext> operations(String name) {
    return stopped.stream().filter(c -> c instanceof NexlaOperationContext n && n.operation().equals(name))
        .map(NexlaOperationContext.class::cast).toList();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private NexlaClientOptions.Builder options() {
    return NexlaClientOptions.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
        .observationRegistry(registry).retry(RetryOptions.builder().baseDelay(Duration.ofMillis(5)).build());
  }

  @Test
  void documentedKeysDescribeRetriedSuccessesAndFailures() {
    long id = emulator.store().create("data_sources", Map.of("name", "x")).get("id").asLong();
    emulator.faults().on("GET", "/data_sources/{id}").sequence(Fault.status(503), Fault.status(503));

    try (NexlaTransport transport = WebClientTransport.create(options().build())) {
      transport.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", id).operation("sources.get")
          .build()).block(WAIT);
      assertThatThrownBy(() -> transport.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", 999_999)
          .operation("sources.get").build()).block(WAIT)).isInstanceOf(NotFoundException.class);
    }

    assertThat(stopped).filteredOn(c -> "nexla.client.operation".equals(c.getName())).hasSize(3); // + auth.token
    List<NexlaOperationContext> operations = operations("sources.get");
    assertThat(operations).hasSize(2);
    NexlaOperationContext ok = operations.get(0);
    assertThat(ok.getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
        KeyValue.of("nexla.operation", "sources.get"), KeyValue.of("outcome", "success"),
        KeyValue.of("error", "none"), KeyValue.of("nexla.attempts.bucket", "3+"));
    assertThat(ok.getHighCardinalityKeyValue("nexla.resource.id").getValue()).isEqualTo(Long.toString(id));
    NexlaOperationContext missing = operations.get(1);
    assertThat(missing.getLowCardinalityKeyValues()).contains(KeyValue.of("outcome", "client_error"),
        KeyValue.of("error", "NotFoundException"), KeyValue.of("nexla.attempts.bucket", "1"));
    assertThat(missing.getContextualName()).isEqualTo("sources.get");
  }

  @Test
  void aReplacedConventionChangesOneKeyAndKeepsTheOthers() {
    DefaultNexlaOperationObservationConvention custom = new DefaultNexlaOperationObservationConvention() {
      @Override
      protected KeyValue outcome(NexlaOperationContext context) {
        return KeyValue.of("outcome", "custom-" + super.outcome(context).getValue());
      }

      @Override
      public KeyValues getHighCardinalityKeyValues(NexlaOperationContext context) {
        return KeyValues.of(requestId(context));
      }
    };

    try (NexlaTransport transport = WebClientTransport.create(options().observationConvention(custom).build())) {
      transport.exchange(NexlaRequest.get("/data_sources").operation("sources.list").build()).block(WAIT);
    }

    NexlaOperationContext list = operations("sources.list").get(0);
    assertThat(list.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("custom-success");
    assertThat(list.getLowCardinalityKeyValue("nexla.operation").getValue()).isEqualTo("sources.list");
    assertThat(NexlaObservationDocumentation.OPERATION.getName()).isEqualTo(list.getName());
    assertThat(NexlaObservationDocumentation.OPERATION.getDefaultConvention())
        .isEqualTo(DefaultNexlaOperationObservationConvention.class);
  }
}
