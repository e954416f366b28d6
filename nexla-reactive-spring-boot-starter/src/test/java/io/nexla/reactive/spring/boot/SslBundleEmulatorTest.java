package io.nexla.reactive.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.credentials.CredentialCreate;
import io.nexla.reactive.credentials.CredentialType;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.test.StepVerifier;

/** {@code nexla.ssl.bundle} trusting the HTTPS emulator's certificate, in a real Spring context over loopback TLS. */
class SslBundleEmulatorTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final NexlaEmulator emulator = NexlaEmulator.builder().tls(true).start();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    emulator.close();
  }

  private ApplicationContextRunner runner() throws Exception {
    Path pem = Files.writeString(dir.resolve("emulator.pem"), emulator.certificatePem());
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, NexlaAutoConfiguration.class))
        .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=", "NEXLA_API_URL=",
            "nexla.base-url=" + emulator.baseUrl(),
            "nexla.service-key=" + emulator.serviceKey(),
            "nexla.retry.max-attempts=1",
            "spring.ssl.bundle.pem.nexla-emulator.truststore.certificate=" + pem.toUri());
  }

  @Test
  void withTheBundleEveryCallReachesTheEmulator() throws Exception {
    runner().withPropertyValues("nexla.ssl.bundle=nexla-emulator").run(context -> {
      assertThat(context).hasNotFailed();
      NexlaClient client = context.getBean(NexlaClient.class);
      StepVerifier.create(client.credentials().create(CredentialCreate.builder("bucket", CredentialType.S3).build())
              .flatMap(created -> client.credentials().get(created.id())))
          .assertNext(credential -> assertThat(credential.name()).isEqualTo("bucket"))
          .verifyComplete();
    });
    assertThat(emulator.store().list("data_credentials")).hasSize(1);
  }

  @Test
  void withoutTheBundleTheHandshakeFails() throws Exception {
    runner().run(context -> {
      NexlaClient client = context.getBean(NexlaClient.class);
      StepVerifier.create(client.credentials().list().collectList())
          .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaAuthenticationException.class)
              .hasCauseInstanceOf(NexlaTransportException.class)
              .hasMessageContaining("SSLHandshakeException"))
          .verify(WAIT);
    });
    assertThat(emulator.journal()).as("nothing reached the emulator").isEmpty();
  }
}
