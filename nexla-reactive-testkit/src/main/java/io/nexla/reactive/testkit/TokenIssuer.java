package io.nexla.reactive.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** Issues bearer tokens for the service key, checks them on every API call, and expires or revokes them. */
final class TokenIssuer {

  private final String serviceKey;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

  TokenIssuer(String serviceKey, Duration ttl, Clock clock) {
    this.serviceKey = serviceKey;
    this.ttl = ttl;
    this.clock = clock;
  }

  String serviceKey() {
    return serviceKey;
  }

  /** {@code POST /token}: a new token for a request authenticated with {@code Basic <service key>}. */
  Reply issue(Map<String, String> headers) {
    String authorization = headers.get("authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)
        || !serviceKeyMatches(authorization.substring(6).trim())) {
      return Reply.error(401, "Invalid service key");
    }
    String token = "emu-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(ThreadLocalRandom.current().nextLong());
    tokens.put(token, clock.instant().plus(ttl));
    ObjectNode body = EmulatorStore.NODES.objectNode();
    body.put("access_token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", ttl.toSeconds());
    return Reply.ok(body);
  }

  /** {@code POST /token/logout}: forgets the presented token. */
  void logout(Map<String, String> headers) {
    String token = bearer(headers);
    if (token != null) {
      tokens.remove(token);
    }
  }

  boolean authorized(Map<String, String> headers) {
    String token = bearer(headers);
    if (token == null) {
      return false;
    }
    Instant expiry = tokens.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  boolean webhookKeyValid(Map<String, List<String>> query, Map<String, String> headers) {
    List<String> apiKey = query.get("api_key");
    if (apiKey != null && apiKey.contains(serviceKey)) {
      return true;
    }
    String authorization = headers.get("authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && serviceKeyMatches(authorization.substring(6).trim());
  }

  /** Makes every issued token expire now. */
  void expireAll() {
    Instant past = clock.instant().minusSeconds(1);
    tokens.replaceAll((token, expiry) -> past);
  }

  /** Makes the token presented in these headers expire now. */
  void expirePresented(Map<String, String> headers) {
    String token = bearer(headers);
    if (token != null) {
      tokens.computeIfPresent(token, (t, expiry) -> clock.instant().minusSeconds(1));
    }
  }

  int issued() {
    return tokens.size();
  }

  private boolean serviceKeyMatches(String presented) {
    if (presented.equals(serviceKey)) {
      return true;
    }
    try {
      return new String(Base64.getDecoder().decode(presented), StandardCharsets.UTF_8).equals(serviceKey);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static @Nullable String bearer(Map<String, String> headers) {
    String authorization = headers.get("authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }
}
