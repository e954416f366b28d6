package io.nexla.reactive.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.spring.boot.NexlaHealthIndicator;
import io.nexla.reactive.spring.boot.NexlaProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** An application with the starter but no Nexla credentials starts normally, without a client. */
@SpringBootTest(classes = TestApplication.class, properties = {"NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN="})
class NoCredentialsApplicationTest {

  @Autowired
  ApplicationContext context;

  @Test
  void startsWithoutAClientOrHealthIndicator() {
    assertThat(context.getBeansOfType(NexlaProperties.class)).hasSize(1);
    assertThat(context.getBeansOfType(NexlaClient.class)).isEmpty();
    assertThat(context.getBeansOfType(NexlaHealthIndicator.class)).isEmpty();
  }
}
