package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
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

  @Test
  void buildsAClientReflectivelyThroughItsBuilder() {
    try (NexlaEmulator emulator = NexlaEmulator.start()) {
      Object client = NexlaEmulatorExtension.buildClient(FakeClient.class, emulator);
      assertThat(client).isInstanceOf(FakeClient.class);
      assertThat(((FakeClient) client).baseUrl).isEqualTo(emulator.baseUrl());
      assertThat(((FakeClient) client).key).isEqualTo(emulator.serviceKey());
    }
  }

  /** Has the shape of NexlaClient's builder API. */
  public static final class FakeClient {
    final String baseUrl;
    final String key;

    private FakeClient(String baseUrl, String key) {
      this.baseUrl = baseUrl;
      this.key = key;
    }

    public static Builder builder() {
      return new Builder();
    }

    public static final class Builder {
      private String baseUrl;
      private String key;

      public Builder baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
      }

      public Builder serviceKey(String key) {
        this.key = key;
        return this;
      }

      public FakeClient build() {
        return new FakeClient(baseUrl, key);
      }
    }
  }
}
