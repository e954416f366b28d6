package io.nexla.reactive.samples.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Lets a request through only when its {@code X-API-Key} header equals {@code gateway.api-key}; answers 401 with a
 * JSON body otherwise. {@code GET /api/health} (liveness) and {@code /actuator/health/**} (readiness, which includes
 * the Nexla client's health) are open.
 */
@Component
class ApiKeyFilter implements WebFilter {

  static final String HEADER = "X-API-Key";
  private static final byte[] UNAUTHORIZED_BODY =
      "{\"error\":\"unauthorized\",\"message\":\"missing or invalid X-API-Key header\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final byte[] apiKey;

  ApiKeyFilter(GatewayProperties properties) {
    this.apiKey = properties.apiKey().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().value();
    if ("/api/health".equals(path) || path.startsWith("/actuator/health")) {
      return chain.filter(exchange);
    }
    String presented = exchange.getRequest().getHeaders().getFirst(HEADER);
    // constant-time comparison: the time taken does not reveal how much of the key matched
    if (presented != null && MessageDigest.isEqual(apiKey, presented.getBytes(StandardCharsets.UTF_8))) {
      return chain.filter(exchange);
    }
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(HttpStatus.UNAUTHORIZED);
    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    DataBuffer body = response.bufferFactory().wrap(UNAUTHORIZED_BODY);
    return response.writeWith(Mono.just(body));
  }
}
