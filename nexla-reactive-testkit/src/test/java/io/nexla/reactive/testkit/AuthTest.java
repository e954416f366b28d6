package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-01T10:00:00Z"));
  private final NexlaEmulator emulator =
      NexlaEmulator.builder().serviceKey("svc-key-1").tokenTtl(Duration.ofSeconds(120)).clock(clock).start();
  private final Api api = new Api(emulator);

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void tokenForVerbatimServiceKey() {
    Api.Response response = api.send("POST", "/token", null, Map.of("Authorization", "Basic svc-key-1"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("token_type").asString()).isEqualTo("Bearer");
    assertThat(response.json().get("expires_in").asLong()).isEqualTo(120);
    assertThat(response.json().get("access_token").asString()).isNotBlank();
  }

  @Test
  void tokenForBase64ServiceKey() {
    String encoded = Base64.getEncoder().encodeToString("svc-key-1".getBytes(StandardCharsets.UTF_8));
    assertThat(api.send("POST", "/token", null, Map.of("Authorization", "Basic " + encoded)).status()).isEqualTo(200);
  }

  @Test
  void wrongOrMissingServiceKeyIs401WithMessage() {
    Api.Response wrong = api.send("POST", "/token", null, Map.of("Authorization", "Basic nope"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("message").asString()).isNotBlank();
    assertThat(wrong.body()).doesNotContain("svc-key-1");
    assertThat(api.send("POST", "/token", null, Map.of()).status()).isEqualTo(401);
  }

  @Test
  void apiRoutesNeedALiveBearerToken() {
    assertThat(api.send("GET", "/data_sources", null, Map.of()).status()).isEqualTo(401);
    assertThat(api.send("GET", "/data_sources", null, Map.of("Authorization", "Bearer made-up")).status()).isEqualTo(401);
    assertThat(api.get("/data_sources").status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(121));
    Api.Response expired = api.get("/data_sources");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().get("message").asString()).isNotBlank();
  }

  @Test
  void logoutInvalidatesTheToken() {
    String token = api.token();
    Api.Response logout = api.send("POST", "/token/logout", null, Map.of("Authorization", "Bearer " + token));
    assertThat(logout.status()).isBetween(200, 204);
    assertThat(api.send("GET", "/data_sources", null, Map.of("Authorization", "Bearer " + token)).status()).isEqualTo(401);
  }

  @Test
  void expireTokensMakesIssuedTokensFail() {
    assertThat(api.get("/data_sources").status()).isEqualTo(200);
    emulator.expireTokens();
    assertThat(api.get("/data_sources").status()).isEqualTo(401);
    assertThat(api.send("GET", "/data_sources", null, Map.of("Authorization", "Bearer " + api.freshToken())).status())
        .isEqualTo(200);
  }

  @Test
  void bothAcceptTypesAndNoAcceptAreServed() {
    String bearer = "Bearer " + api.token();
    for (String accept : new String[] {"application/vnd.nexla.api.v1+json", "application/vnd.nexla.v1+json"}) {
      assertThat(api.send("GET", "/data_sources", null, Map.of("Authorization", bearer, "Accept", accept)).status())
          .isEqualTo(200);
    }
    assertThat(api.send("GET", "/data_sources", null, Map.of("Authorization", bearer)).status()).isEqualTo(200);
  }

  @Test
  void pathsOutsideTheBasePathAre404AndUnknownRoutes404AndWrongVerbs405() {
    String bearer = "Bearer " + api.token();
    Api.Response outside = Api.sendUrl("GET", emulator.rootUrl() + "/data_sources", null, Map.of("Authorization", bearer));
    assertThat(outside.status()).isEqualTo(404);
    assertThat(outside.json().get("message").asString()).isNotBlank();
    assertThat(api.get("/no_such_thing").status()).isEqualTo(404);
    assertThat(api.call("PATCH", "/data_sources", "{}").status()).isEqualTo(405);
    Api.Response badJson = api.call("POST", "/data_sources", "{not json");
    assertThat(badJson.status()).isEqualTo(400);
    assertThat(badJson.json().get("message").asString()).isNotBlank();
  }

  @Test
  void journalDoesNotPrintSecrets() {
    api.get("/data_sources");
    assertThat(emulator.journal()).allSatisfy(r -> {
      assertThat(r.toString()).doesNotContain("svc-key-1");
      assertThat(r.toString()).doesNotContain(api.token());
    });
  }
}
