package io.nexla.reactive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.core.http.NexlaRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriUtils;

class RequestUriTest {

  private static final String BASE = "https://dataops.example.com/nexla-api";

  @Test
  void variablesAreEncodedStrictlyAndTheTemplateIsKeptForObservation() {
    RequestUri uri = RequestUri.of(BASE, NexlaRequest.get("/data_maps/{id}/entries/{keys}")
        .pathVariable("id", 7).pathVariable("keys", "a/b?c#d,é").build());

    assertThat(uri.uri().toString())
        .isEqualTo(BASE + "/data_maps/7/entries/a%2Fb%3Fc%23d%2C%C3%A9");
    assertThat(uri.uri().getPath()).isEqualTo("/nexla-api/data_maps/7/entries/a/b?c#d,é");
    assertThat(uri.template()).isEqualTo(BASE + "/data_maps/{id}/entries/{keys}");
  }

  @Test
  void everyPathValueAndLiteralIsEncodedExactlyAsUriUtilsEncodesIt() {
    // Values and literals without special characters skip the encoder; the result must not differ from it.
    String alphabet = "aZ09-._~/?#[]@!$&'()*+,;=% :éü€𝄞\"{}|^`";
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      String value = randomText(random, alphabet);
      String literal = randomText(random, alphabet).replace("{", "").replace("}", "");
      RequestUri uri = RequestUri.of(BASE, NexlaRequest.get("/" + literal + "/{v}/x").pathVariable("v", value)
          .build());

      assertThat(uri.uri().toString()).isEqualTo(BASE + UriUtils.encodePath("/" + literal + "/",
          StandardCharsets.UTF_8) + UriUtils.encode(value, StandardCharsets.UTF_8) + "/x");
    }
  }

  private static String randomText(Random random, String alphabet) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(6); n > 0; n--) {
      int pick = random.nextInt(3) == 0 ? codePoints[random.nextInt(codePoints.length)]
          : codePoints[random.nextInt(4)]; // mostly plain characters, as in real ids and paths
      text.appendCodePoint(pick);
    }
    return text.toString();
  }

  @Test
  void queryValuesKeepTheirOrderAndRepeatsAndAreEncoded() {
    RequestUri uri = RequestUri.of(BASE, NexlaRequest.get("/data_sources")
        .query("page", 2).query("tag", "a b").query("tag", "c&d=e+f").build());

    assertThat(uri.uri().getRawQuery()).isEqualTo("page=2&tag=a%20b&tag=c%26d%3De%2Bf");
    assertThat(uri.template()).isEqualTo(BASE + "/data_sources");
  }

  @Test
  void absoluteUrlKeepsItsOwnPathAndQueryAndHasNoTemplate() {
    RequestUri uri = RequestUri.of(BASE, NexlaRequest.post("/webhook")
        .absoluteUrl(URI.create("https://hooks.example.com/in/abc%2F1?x=1"))
        .query("api_key", "k+y/=").build());

    assertThat(uri.uri().toString()).isEqualTo("https://hooks.example.com/in/abc%2F1?x=1&api_key=k%2By%2F%3D");
    assertThat(uri.template()).isNull();
  }

  @Test
  void aMissingPathVariableIsRejectedWithItsName() {
    assertThatThrownBy(() -> RequestUri.of(BASE, NexlaRequest.get("/flows/{id}/activate").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{id}");
  }
}
