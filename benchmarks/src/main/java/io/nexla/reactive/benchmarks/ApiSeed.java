package io.nexla.reactive.benchmarks;

import io.nexla.reactive.core.json.NexlaJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

/** Records created over plain HTTP in an emulator running as its own process, before a scenario measures. */
final class ApiSeed {

  private ApiSeed() {}

  /** Creates {@code count} sources (one token for all) and returns their ids. */
  static List<Long> sources(String baseUrl, String serviceKey, int count) {
    String token = Baselines.fetchToken(baseUrl, serviceKey);
    HttpClient http = HttpClient.create()
        .headers(h -> h.set("Authorization", "Bearer " + token).set("Content-Type", "application/json")
            .set("Accept", "application/vnd.nexla.api.v1+json"));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String json = "{\"name\":\"bench-source-" + i + "\",\"source_type\":\"s3\","
          + "\"description\":\"benchmark record " + i + "\"}";
      byte[] body = http.post().uri(baseUrl + "/data_sources")
          .send(ByteBufFlux.fromString(Mono.just(json)))
          .responseSingle((response, content) -> content.asByteArray())
          .block(Duration.ofSeconds(30));
      JsonNode id = NexlaJson.mapper().readTree(body).get("id");
      if (id == null) {
        throw new IllegalStateException("creating a source failed: " + new String(body, StandardCharsets.UTF_8));
      }
      ids.add(id.asLong());
    }
    return ids;
  }
}
