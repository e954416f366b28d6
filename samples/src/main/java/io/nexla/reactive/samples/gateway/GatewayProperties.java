package io.nexla.reactive.samples.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the gateway.
 *
 * @param apiKey the key clients must send in the {@code X-API-Key} header ({@code gateway.api-key})
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(String apiKey) {

  public GatewayProperties {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("gateway.api-key must be set");
    }
  }

  @Override
  public String toString() {
    return "GatewayProperties[apiKey=<redacted>]";
  }
}
