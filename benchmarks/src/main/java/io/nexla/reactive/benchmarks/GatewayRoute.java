package io.nexla.reactive.benchmarks;

import io.nexla.reactive.samples.gateway.GatewayApplication;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway sample running in this process, its Nexla client pointed at a page server: {@link #stream(int)} reads
 * its sources route as NDJSON, the way a WebFlux application serves a whole list.
 */
final class GatewayRoute implements AutoCloseable {

  private static final String API_KEY = "bench-gateway-key";

  private final ConfigurableApplicationContext context;
  private final String url;
  private final HttpClient http = HttpClient.create().headers(h -> h.set("X-API-Key", API_KEY)
      .set("Accept", "application/x-ndjson"));

  private GatewayRoute(ConfigurableApplicationContext context) {
    this.context = context;
    this.url = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/api/sources";
  }

  /** Starts the gateway with {@code prefetchPages} as its client's {@code nexla.paging.prefetch-pages}. */
  static GatewayRoute start(String nexlaUrl, String serviceKey, int perPage, int prefetchPages) {
    Map<String, String> properties = Map.of(
        "server.port", "0",
        "gateway.api-key", API_KEY,
        "nexla.base-url", nexlaUrl,
        "nexla.service-key", serviceKey,
        "nexla.paging.page-size", Integer.toString(perPage),
        "nexla.paging.prefetch-pages", Integer.toString(prefetchPages),
        "nexla.health.reachability.enabled", "false",
        "spring.main.banner-mode", "off",
        "logging.level.root", "WARN");
    // As command-line arguments: they take precedence over the sample's application.properties.
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    return new GatewayRoute(new SpringApplicationBuilder(GatewayApplication.class)
        .web(WebApplicationType.REACTIVE).run(args));
  }

  /** Streams the route until its last byte or until {@code limit} lines arrived; the number of lines read. */
  long stream(int limit) {
    Long lines = http.get().uri(url).response((response, body) -> {
          if (response.status().code() != 200) {
            return body.aggregate().asString().defaultIfEmpty("").flatMap(text -> reactor.core.publisher.Mono.error(
                new IllegalStateException("gateway answered " + response.status() + ": " + text)));
          }
          return body;
        })
        .map(buffer -> {
          long n = 0;
          for (int i = buffer.readerIndex(); i < buffer.writerIndex(); i++) {
            n += buffer.getByte(i) == '\n' ? 1 : 0;
          }
          return n;
        })
        .scan(0L, Long::sum)
        .takeUntil(n -> n >= limit)
        .last(0L)
        .block(Duration.ofMinutes(10));
    return Math.min(lines == null ? 0 : lines, limit);
  }

  @Override
  public void close() {
    context.close();
  }
}
