package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmulatorMainTest {

  @Test
  void commandLineConfiguresTheEmulator() {
    NexlaEmulator.Builder builder = EmulatorMain.parse(new String[] {
        "--port", "0", "--service-key", "cli-key", "--seed", "3", "--token-ttl", "42", "--envelope",
        "--fault", "GET /data_sources status=503 times=1"});
    assertThat(builder).isNotNull();
    try (NexlaEmulator emulator = builder.start()) {
      Api api = new Api(emulator);
      Api.Response token = api.send("POST", "/token", null, Map.of("Authorization", "Basic cli-key"));
      assertThat(token.json().get("expires_in").asInt()).isEqualTo(42);
      assertThat(api.get("/data_sources").status()).isEqualTo(503);
      assertThat(api.get("/data_sources").json().has("meta")).isTrue();
    }
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--port", "1"})).hasMessageContaining("--service-key");
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--service-key", "k", "--fault", "GET /x nonsense"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--service-key"})).hasMessageContaining("needs a value");
    assertThat(EmulatorMain.parse(new String[] {"--help"})).isNull();
  }
}
