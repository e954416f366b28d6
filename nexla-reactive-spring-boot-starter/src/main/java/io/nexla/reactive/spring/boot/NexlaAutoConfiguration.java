package io.nexla.reactive.spring.boot;

import io.micrometer.observation.ObservationRegistry;
import io.nexla.reactive.NexlaClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of a {@link NexlaClient} bean from {@link NexlaProperties} ({@code nexla.*}).
 *
 * <p>The client is created when credentials are configured ({@code nexla.service-key}, {@code nexla.access-token},
 * or the {@code NEXLA_SERVICE_KEY} / {@code NEXLA_ACCESS_TOKEN} environment variables) or {@code nexla.enabled} is
 * {@code true}, and no other {@code NexlaClient} bean is defined. It starts from the application's
 * {@code WebClient.Builder} and {@code ObservationRegistry} when there is one of each, and is closed with the
 * application context. Building it sends nothing: the first token is requested by the first call.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration"})
@ConditionalOnClass(NexlaClient.class)
@EnableConfigurationProperties(NexlaProperties.class)
@ImportRuntimeHints(NexlaRuntimeHints.class)
public class NexlaAutoConfiguration {

  /**
   * The client: the properties applied, then every {@link NexlaClientBuilderCustomizer} in order. Fails startup with
   * a message naming the properties when both credentials are set, when {@code nexla.enabled=true} but no credential
   * is found, or when a value is invalid.
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @Conditional(OnNexlaClientEnabledCondition.class)
  public NexlaClient nexlaClient(
      NexlaProperties properties,
      Environment environment,
      ObjectProvider<WebClient.Builder> webClientBuilder,
      ObjectProvider<ObservationRegistry> observationRegistry,
      ObjectProvider<NexlaClientBuilderCustomizer> customizers,
      ObjectProvider<SslBundles> sslBundles) {
    NexlaClient.Builder builder = NexlaClientConfigurer.configure(
        NexlaClient.builder(), properties, environment, webClientBuilder, observationRegistry);
    return NexlaClientConfigurer.valid(() -> {
      NexlaNetworkConfigurer.configure(builder, properties, sslBundles);
      customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
      return builder.build();
    });
  }
}
