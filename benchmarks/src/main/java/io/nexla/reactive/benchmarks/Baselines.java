package io.nexla.reactive.benchmarks;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.sources.Source;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;

/**
 * Hand-written calls that do what {@code client.sources().get(id)} does on the wire — same URL, same headers
 * (User-Agent, Accept, X-Request-Id, X-Nexla-Attempt, bearer token, gzip accepted) and the same JSON decode into
 * {@link Source} — with nothing else: no retries, no timeouts, no error mapping, no observation.
 */
public final class Baselines implements AutoCloseable {

  private final String baseUrl;
  private final String token;
  private final String userAgent;
  private final String accept;
  private final ConnectionProvider webClientPool;
  private final ConnectionProvider nettyPool;
  private final WebClient webClient;
  private final HttpClient netty;

  public Baselines(String baseUrl, String token, int maxConnections) {
    this.baseUrl = baseUrl;
    this.token = token;
    NexlaClientOptions defaults = NexlaClientOptions.builder().baseUrl(baseUrl).accessToken(token).build();
    this.userAgent = defaults.userAgent();
    this.accept = defaults.acceptMediaType();
    this.webClientPool = ConnectionProvider.builder("baseline-webclient").maxConnections(maxConnections)
        .pendingAcquireMaxCount(-1).build();
    this.nettyPool = ConnectionProvider.builder("baseline-netty").maxConnections(maxConnections)
        .pendingAcquireMaxCount(-1).build();
    this.webClient = WebClient.builder()
        .clientConnector(new ReactorClientHttpConnector(HttpClient.create(webClientPool).compress(true)))
        .build();
    this.netty = HttpClient.create(nettyPool).compress(true);
  }

  /** {@code GET /data_sources/{id}} through a plain WebClient, decoded into a {@link Source}. */
  public Mono<Source> webClientGet(long id) {
    return webClient.get().uri(baseUrl + "/data_sources/{id}", id)
        .headers(h -> {
          h.set(HttpHeaders.USER_AGENT, userAgent);
          h.set(HttpHeaders.ACCEPT, accept);
          h.set("X-Request-Id", requestId());
          h.set("X-Nexla-Attempt", "1");
          h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        })
        .retrieve()
        .bodyToMono(byte[].class)
        .map(body -> NexlaJson.mapper().readValue(body, Source.class));
  }

  /** {@code GET /data_sources/{id}} through a plain Reactor Netty {@link HttpClient}, decoded into a {@link Source}. */
  public Mono<Source> nettyGet(long id) {
    return netty.headers(h -> h
            .set(HttpHeaderNames.USER_AGENT, userAgent)
            .set(HttpHeaderNames.ACCEPT, accept)
            .set("X-Request-Id", requestId())
            .set("X-Nexla-Attempt", "1")
            .set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token))
        .get()
        .uri(baseUrl + "/data_sources/" + id)
        .responseSingle((response, body) -> {
          if (response.status().code() != 200) {
            return Mono.error(new IllegalStateException("HTTP " + response.status().code()));
          }
          return body.asByteArray();
        })
        .map(body -> NexlaJson.mapper().readValue(body, Source.class));
  }

  /** A random request id as the client makes it (ThreadLocalRandom: {@code UUID.randomUUID()} may block). */
  private static String requestId() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
        (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
  }

  /** An access token from {@code POST /token}, as the client would get it. */
  public static String fetchToken(String baseUrl, String serviceKey) {
    String basic = Base64.getEncoder().encodeToString(serviceKey.getBytes(StandardCharsets.UTF_8));
    JsonNode answer = HttpClient.create()
        .headers(h -> h.set(HttpHeaderNames.AUTHORIZATION, "Basic " + basic)
            .set(HttpHeaderNames.ACCEPT, "application/vnd.nexla.api.v1+json"))
        .post().uri(baseUrl + "/token")
        .responseSingle((response, body) -> body.asByteArray())
        .map(bytes -> NexlaJson.mapper().readTree(bytes))
        .block(Duration.ofSeconds(30));
    if (answer == null || !answer.hasNonNull("access_token")) {
      throw new IllegalStateException("No access token from " + baseUrl + "/token");
    }
    return answer.get("access_token").asString();
  }

  @Override
  public void close() {
    webClientPool.dispose();
    nettyPool.dispose();
  }
}
