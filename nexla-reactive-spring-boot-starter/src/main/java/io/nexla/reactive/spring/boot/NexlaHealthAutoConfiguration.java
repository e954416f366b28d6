package io.nexla.reactive.spring.boot;

import io.nexla.reactive.NexlaClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code nexla} health indicator ({@link NexlaHealthIndicator}), when Spring Boot's
 * health support is on the classpath (e.g. through {@code spring-boot-starter-actuator}), there is a single
 * {@link NexlaClient} bean (auto-configured or the application's own) and {@code management.health.nexla.enabled}
 * is not {@code false}.
 */
@AutoConfiguration(after = NexlaAutoConfiguration.class)
@ConditionalOnClass({NexlaClient.class, HealthIndicator.class})
@ConditionalOnSingleCandidate(NexlaClient.class)
@ConditionalOnEnabledHealthIndicator("nexla")
public class NexlaHealthAutoConfiguration {

  /** The indicator, shown as {@code nexla} under the health endpoint. */
  @Bean
  @ConditionalOnMissingBean(name = "nexlaHealthIndicator")
  public NexlaHealthIndicator nexlaHealthIndicator(NexlaClient client, ObjectProvider<NexlaProperties> properties) {
    NexlaProperties.Reachability reachability = properties.getIfAvailable(NexlaProperties::new)
        .getHealth().getReachability();
    return reachability.isEnabled()
        ? new NexlaHealthIndicator(client, reachability.getCache(), reachability.getTimeout())
        : new NexlaHealthIndicator(client);
  }
}
