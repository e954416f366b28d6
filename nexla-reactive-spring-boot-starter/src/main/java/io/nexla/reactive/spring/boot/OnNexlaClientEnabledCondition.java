package io.nexla.reactive.spring.boot;

import io.nexla.reactive.core.NexlaClientOptions;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code nexla.enabled} is {@code true}, or when it is unset and a credential is configured
 * ({@code nexla.service-key}, {@code nexla.access-token}, {@code NEXLA_SERVICE_KEY} or {@code NEXLA_ACCESS_TOKEN}).
 * An application without Nexla credentials thus starts without a client instead of failing.
 */
final class OnNexlaClientEnabledCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment environment = context.getEnvironment();
    ConditionMessage.Builder message = ConditionMessage.forCondition("Nexla client");
    Boolean enabled = environment.getProperty(NexlaClientConfigurer.ENABLED, Boolean.class);
    if (Boolean.FALSE.equals(enabled)) {
      return ConditionOutcome.noMatch(message.because(NexlaClientConfigurer.ENABLED + " is false"));
    }
    if (Boolean.TRUE.equals(enabled)) {
      return ConditionOutcome.match(message.because(NexlaClientConfigurer.ENABLED + " is true"));
    }
    NexlaClientConfigurer.Credentials credentials = NexlaClientConfigurer.Credentials.from(environment);
    if (credentials.any()) {
      return ConditionOutcome.match(message.foundExactly("credentials in " + credentials.sources()));
    }
    return ConditionOutcome.noMatch(message.didNotFind("credentials").items(
        NexlaClientConfigurer.SERVICE_KEY, NexlaClientConfigurer.ACCESS_TOKEN,
        NexlaClientOptions.ENV_SERVICE_KEY, NexlaClientOptions.ENV_ACCESS_TOKEN));
  }
}
