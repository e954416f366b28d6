package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmulatorDataTest {

  @ExtendWith(NexlaEmulatorExtension.class)
  @EmulatorData(populate = 25, fixtures = "/fixtures/example.json")
  @org.junit.jupiter.api.Nested
  class Annotated {
    @Test
    void theExtensionLoadsPipelinesAndFixtures(NexlaEmulator emulator) {
      assertThat(emulator.store().size("data_credentials")).isEqualTo(26);
      assertThat(emulator.store().getMap("data_sources", 5002)).containsEntry("name", "orders");
      assertThat(new Api(emulator).get("/data_sources?page=2&per_page=20").json()).hasSize(6);
    }
  }

  @EmulatorData(populate = 2)
  @org.junit.jupiter.api.Nested
  class AnnotatedWithConfiguration {
    @RegisterExtension
    final NexlaEmulatorExtension extension = NexlaEmulatorExtension.with(b -> b.serviceKey("configured"));

    @Test
    void annotationAndConfigurationBothApply(NexlaEmulator emulator) {
      assertThat(emulator.serviceKey()).isEqualTo("configured");
      assertThat(emulator.store().listMaps("data_sinks")).extracting(m -> m.get("name"))
          .containsExactly("destination-0000001", "destination-0000002");
    }
  }

  @Test
  void anEmulatorOnAllInterfacesAnswersOnAnotherLoopbackAddressWhileTheDefaultDoesNot() {
    try (NexlaEmulator everywhere = NexlaEmulator.builder().host("0.0.0.0").serviceKey("k").start();
        NexlaEmulator loopbackOnly = NexlaEmulator.builder().serviceKey("k").start()) {
      assertThat(everywhere.baseUrl()).startsWith("http://127.0.0.1:");
      Api.Response token = Api.sendUrl("POST", "http://127.0.0.2:" + everywhere.port() + "/nexla-api/token", null,
          Map.of("Authorization", "Basic k"));
      assertThat(token.status()).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Api.sendUrl("POST",
              "http://127.0.0.2:" + loopbackOnly.port() + "/nexla-api/token", null, Map.of("Authorization", "Basic k")))
          .hasCauseInstanceOf(java.net.ConnectException.class);
    }
  }

  @Test
  void hostParsesFromTheCommandLine() {
    try (NexlaEmulator emulator =
        EmulatorMain.parse(new String[] {"--port", "0", "--service-key", "k", "--host", "0.0.0.0"}).start()) {
      Api.Response token = Api.sendUrl("POST", "http://127.0.0.2:" + emulator.port() + "/nexla-api/token", null,
          Map.of("Authorization", "Basic k"));
      assertThat(token.status()).isEqualTo(200);
    }
  }
}
