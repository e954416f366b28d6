package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import io.nexla.reactive.NexlaClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class NexlaEmulatorExtensionTest {

  @Nested
  @ExtendWith(NexlaEmulatorExtension.class)
  class WithExtendWith {
    NexlaEmulator field;

    @Test
    void injectsFieldAndParameterWithTheSameRunningEmulator(NexlaEmulator parameter) {
      assertThat(field).isSameAs(parameter);
      assertThat(new Api(parameter).get("/data_sources").status()).isEqualTo(200);
    }

    @Test
    void journalAndFaultsAreResetBeforeEachTest(NexlaEmulator emulator) {
      assertThat(emulator.journal()).isEmpty();
      assertThat(emulator.faults().liveRules()).isZero();
      emulator.faults().on("*", "*").respond(Fault.status(500));
    }
  }

  @Nested
  class WithRegisterExtension {
    @RegisterExtension
    final NexlaEmulatorExtension extension = NexlaEmulatorExtension.with(b -> b.serviceKey("configured").tokenTtl(Duration.ofSeconds(77)));

    @Test
    void usesTheConfiguration(NexlaEmulator emulator) {
      assertThat(emulator).isSameAs(extension.emulator());
      assertThat(emulator.serviceKey()).isEqualTo("configured");
      Api.Response token = new Api(emulator).send("POST", "/token", null, Map.of("Authorization", "Basic configured"));
      assertThat(token.json().get("expires_in").asInt()).isEqualTo(77);
    }
  }

  @Nested
  @ExtendWith(NexlaEmulatorExtension.class)
  class ClientInjection {
    NexlaClient fieldClient;

    @Test
    void injectsAClientBuiltForTheEmulator(NexlaClient client, NexlaEmulator emulator) {
      assertThat(client).isSameAs(fieldClient);
      assertThat(client.baseUrl()).isEqualTo(emulator.baseUrl());
      assertThat(client.serviceKey()).isEqualTo(emulator.serviceKey());
      assertThat(client.closed()).isFalse();
    }
  }
}
