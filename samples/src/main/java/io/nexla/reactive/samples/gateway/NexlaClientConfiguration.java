package io.nexla.reactive.samples.gateway;

import io.nexla.reactive.NexlaClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The {@link NexlaClient} of the gateway: {@code nexla.base-url} and {@code nexla.service-key} when set, otherwise
 * the {@code NEXLA_*} environment variables. Spring closes it (its connection pool) on shutdown.
 */
@Configuration(proxyBeanMethods = false)
class NexlaClientConfiguration {

  @Bean(destroyMethod = "close")
  NexlaClient nexlaClient(Environment environment) {
    NexlaClient.Builder builder = NexlaClient.builder().fromEnvironment(System.getenv());
    String baseUrl = environment.getProperty("nexla.base-url");
    String serviceKey = environment.getProperty("nexla.service-key");
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    if (serviceKey != null) {
      builder.serviceKey(serviceKey);
    }
    return builder.build();
  }
}
