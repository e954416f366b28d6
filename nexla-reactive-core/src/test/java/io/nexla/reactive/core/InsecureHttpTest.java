package io.nexla.reactive.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plain http to a host that is not named as loopback needs the explicit opt-in. The name used,
 * {@code nexla-emulator.localhost}, is not a loopback name to the client's check (which never resolves names),
 * while the client's resolver maps every {@code *.localhost} name to the loopback address (RFC 6761), so the test
 * reaches an emulator on this machine by a non-loopback name without any hosts file.
 */
class InsecureHttpTest {

  private static final String NAME = "nexla-emulator.localhost";

  @Test
  void plainHttpToANamedHostIsRefusedByDefaultNamingTheOption() {
    assertThatThrownBy(() -> NexlaClientOptions.builder().serviceKey("k")
            .baseUrl("http://" + NAME + ":18089/nexla-api").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowInsecureHttp()")
        .hasMessageContaining("nexla.allow-insecure-http")
        .hasMessageContaining(NAME);
  }

  @Test
  void loopbackHostsAndHttpsNeedNoOptIn() {
    assertThat(NexlaClientOptions.builder().serviceKey("k").baseUrl("http://127.0.0.2:1/x").build().baseUrl())
        .hasHost("127.0.0.2");
    assertThat(NexlaClientOptions.builder().serviceKey("k").baseUrl("http://localhost:1/x").build().baseUrl())
        .hasHost("localhost");
    assertThat(NexlaClientOptions.builder().serviceKey("k").baseUrl("https://" + NAME + "/x").build().baseUrl())
        .hasHost(NAME);
  }

  @Test
  void withTheOptInAClientReachesAnEmulatorOnAllInterfacesByName() {
    try (NexlaEmulator emulator = NexlaEmulator.builder().host("0.0.0.0").start()) {
      long id = emulator.store().create("data_sources", Map.of("name", "by-name")).get("id").asLong();
      NexlaClientOptions options = NexlaClientOptions.builder()
          .baseUrl("http://" + NAME + ":" + emulator.port() + "/nexla-api")
          .allowInsecureHttp()
          .serviceKey(emulator.serviceKey())
          .build();
      try (NexlaTransport transport = WebClientTransport.create(options)) {
        NexlaResponse response = transport.exchange(
            NexlaRequest.get("/data_sources/{id}").pathVariable("id", id).operation("sources.get").build())
            .block(Duration.ofSeconds(10));
        assertThat(response).isNotNull();
        assertThat(response.status()).isEqualTo(200);
      }
      assertThat(emulator.journal()).anySatisfy(r -> assertThat(r.header("Host")).startsWith(NAME));
    }
  }
}
