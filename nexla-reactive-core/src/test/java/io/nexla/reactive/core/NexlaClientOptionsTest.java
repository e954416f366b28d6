package io.nexla.reactive.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NexlaClientOptionsTest {

  @Test
  void bothCredentialsAreRejected() {
    assertThatThrownBy(() -> NexlaClientOptions.builder().serviceKey("k").accessToken("t").build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noCredentialIsRejected() {
    assertThatThrownBy(() -> NexlaClientOptions.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> NexlaClientOptions.builder().fromEnvironment(Map.of()).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void plainHttpIsOnlyAllowedForLoopbackHosts() {
    assertThatThrownBy(() -> NexlaClientOptions.builder().accessToken("t").baseUrl("http://api.example.com/x").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(NexlaClientOptions.builder().accessToken("t").baseUrl("http://localhost:8080/api/").build().baseUrl())
        .isEqualTo(URI.create("http://localhost:8080/api"));
    assertThat(NexlaClientOptions.builder().accessToken("t").baseUrl("http://127.0.0.1:1/").build().baseUrl())
        .isEqualTo(URI.create("http://127.0.0.1:1"));
  }

  @Test
  void environmentServiceKeyWinsOverEnvironmentAccessToken() {
    NexlaClientOptions o = NexlaClientOptions.builder()
        .fromEnvironment(Map.of("NEXLA_SERVICE_KEY", "key", "NEXLA_ACCESS_TOKEN", "token")).build();

    assertThat(o.serviceKey()).map(Secret::reveal).hasValue("key");
    assertThat(o.accessToken()).isEmpty();
  }

  @Test
  void emptyEnvironmentServiceKeyFallsBackToTheAccessToken() {
    NexlaClientOptions o = NexlaClientOptions.builder()
        .fromEnvironment(Map.of("NEXLA_SERVICE_KEY", "", "NEXLA_ACCESS_TOKEN", "token")).build();

    assertThat(o.serviceKey()).isEmpty();
    assertThat(o.accessToken()).map(Secret::reveal).hasValue("token");
  }

  @Test
  void anExplicitCredentialMeansTheEnvironmentIsNotConsultedForCredentials() {
    NexlaClientOptions o = NexlaClientOptions.builder().accessToken("explicit")
        .fromEnvironment(Map.of("NEXLA_SERVICE_KEY", "key")).build();

    assertThat(o.serviceKey()).isEmpty();
    assertThat(o.accessToken()).map(Secret::reveal).hasValue("explicit");
  }

  @Test
  void baseUrlComesFromTheArgumentThenTheEnvironmentThenTheDefault() {
    Map<String, String> env = Map.of("NEXLA_ACCESS_TOKEN", "t", "NEXLA_API_URL", "https://env.example.com/api/");

    assertThat(NexlaClientOptions.builder().baseUrl("https://arg.example.com").fromEnvironment(env).build()
        .baseUrl()).isEqualTo(URI.create("https://arg.example.com"));
    assertThat(NexlaClientOptions.builder().fromEnvironment(env).build().baseUrl())
        .isEqualTo(URI.create("https://env.example.com/api"));
    assertThat(NexlaClientOptions.builder().accessToken("t").build().baseUrl())
        .isEqualTo(URI.create(NexlaClientOptions.DEFAULT_BASE_URL));
  }

  @Test
  void toStringShowsNoSecret() {
    assertThat(NexlaClientOptions.builder().serviceKey("very-secret-key").build().toString())
        .doesNotContain("very-secret-key");
    assertThat(NexlaClientOptions.builder().accessToken("very-secret-token").build().toString())
        .doesNotContain("very-secret-token");
  }
}
