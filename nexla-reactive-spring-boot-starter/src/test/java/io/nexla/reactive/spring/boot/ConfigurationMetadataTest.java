package io.nexla.reactive.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IDEs complete and document the nexla.* properties from the metadata generated at build time. */
class ConfigurationMetadataTest {

  @Test
  void everyPropertyIsDescribedWithItsType() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated configuration metadata").isNotNull();
      metadata = JsonMapper.builder().build().readTree(in);
    }
    List<String> names = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      String name = property.get("name").asString();
      names.add(name);
      assertThat(property.path("description").asString("")).as(name).isNotBlank();
      assertThat(property.path("type").asString("")).as(name).isNotBlank();
    }
    assertThat(names).contains(
        "nexla.enabled", "nexla.service-key", "nexla.access-token", "nexla.base-url", "nexla.api-version",
        "nexla.connect-timeout", "nexla.response-timeout", "nexla.token-refresh-margin", "nexla.max-connections",
        "nexla.max-idle-time", "nexla.max-response-size", "nexla.user-agent-suffix",
        "nexla.retry.max-attempts", "nexla.retry.base-delay", "nexla.retry.max-delay", "nexla.retry.jitter",
        "nexla.retry.max-server-delay", "nexla.retry.total-budget",
        "nexla.rate-limit.limit-for-period", "nexla.rate-limit.refresh-period", "nexla.rate-limit.timeout",
        "nexla.paging.page-size", "nexla.paging.prefetch-pages",
        "nexla.polling.interval", "nexla.polling.max-interval", "nexla.polling.backoff-multiplier",
        "nexla.polling.poll-timeout", "nexla.polling.total-timeout",
        "nexla.proxy.type", "nexla.proxy.host", "nexla.proxy.port", "nexla.proxy.username", "nexla.proxy.password",
        "nexla.proxy.non-proxy-hosts", "nexla.ssl.bundle", "nexla.health.reachability.enabled",
        "nexla.health.reachability.cache", "nexla.health.reachability.timeout",
        "management.health.nexla.enabled",
        "nexla.rate-limit.redis.enabled", "nexla.rate-limit.redis.url", "nexla.rate-limit.redis.key",
        "nexla.rate-limit.redis.limit-for-period", "nexla.rate-limit.redis.period", "nexla.rate-limit.redis.burst",
        "nexla.rate-limit.redis.headroom",
        "nexla.rate-limit.redis.adaptive.min", "nexla.rate-limit.redis.adaptive.max",
        "nexla.rate-limit.redis.decrease-factor", "nexla.rate-limit.redis.increase.step",
        "nexla.rate-limit.redis.increase.quiet", "nexla.rate-limit.redis.redis-timeout",
        "nexla.rate-limit.redis.retry-redis-after", "nexla.rate-limit.redis.max-wait",
        "nexla.rate-limit.redis.fallback", "nexla.rate-limit.redis.expected-replicas");
  }

  @Test
  void defaultsAreDocumented() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = JsonMapper.builder().build().readTree(in);
    }
    Map<String, String> defaults = new HashMap<>();
    for (JsonNode property : metadata.get("properties")) {
      if (property.has("defaultValue")) {
        defaults.put(property.get("name").asString(), property.get("defaultValue").asString());
      }
    }
    assertThat(defaults)
        .containsEntry("nexla.api-version", "v1")
        .containsEntry("nexla.connect-timeout", "10s")
        .containsEntry("nexla.max-response-size", "16MB")
        .containsEntry("nexla.retry.max-attempts", "4")
        .containsEntry("nexla.polling.total-timeout", "30m")
        .containsEntry("nexla.rate-limit.redis.key", "nexla-rate-limit")
        .containsEntry("nexla.rate-limit.redis.redis-timeout", "500ms")
        .containsEntry("nexla.rate-limit.redis.fallback", "local")
        .doesNotContainKeys("nexla.service-key", "nexla.access-token", "nexla.base-url",
            "nexla.rate-limit.redis.url");
  }
}
