package io.nexla.reactive.samples.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A small Spring WebFlux gateway in front of the Nexla API: streams sources and flow nodes as NDJSON or
 * server-sent events, starts exports, streams their progress and their artifact, all without blocking or buffering.
 *
 * <p>Run it against the emulator with {@code nexla.base-url} and {@code nexla.service-key}, or against Nexla with
 * the {@code NEXLA_*} environment variables; clients authenticate with the {@code X-API-Key} header
 * ({@code gateway.api-key}).
 */
@SpringBootApplication
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayApplication {

  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }
}
