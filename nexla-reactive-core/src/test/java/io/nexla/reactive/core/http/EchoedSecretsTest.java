package io.nexla.reactive.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * A server (or a proxy in front of it) that echoes what the request carried into its error page: the service key,
 * the bearer token and credential secrets never come back out of the client, in any string of the exception graph.
 */
class EchoedSecretsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String SERVICE_KEY = "canary-service-key-7f3a91";
  private static final String CREDENTIAL_SECRET = "canary-credential-secret-44d0";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Every request answered 400 with an HTML page and a JSON field that quote the request's headers and body. */
  private void echoEverything(boolean tokenEndpointToo) {
    TestServer.Handler echo = (req, res) -> TestServer.json(res, 400, "{\"message\":\"bad request from "
        + req.header("Authorization") + "\",\"debug\":{\"seen\":" + quote(req.header("Authorization"))
        + ",\"body\":" + quote(req.body()) + "},\"html\":\"<pre>Authorization: " + req.header("Authorization")
        + "</pre>\"}");
    server.onApi = echo;
    if (tokenEndpointToo) {
      server.onToken = echo;
    }
  }

  private static String quote(String s) {
    return "\"" + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
  }

  private NexlaTransport transport() {
    return server.transport(NexlaClientOptions.builder().baseUrl(server.baseUrl())
        .serviceKey(SERVICE_KEY).retry(RetryOptions.none()).build());
  }

  private static Throwable failure(Mono<?> call) {
    try {
      call.block(WAIT);
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the call did not fail");
  }

  /** Every string of the exception graph: messages, toString, server message, body, causes and suppressed. */
  private static List<String> strings(Throwable root) {
    List<String> out = new ArrayList<>();
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> queue = new ArrayList<>(List.of(root));
    while (!queue.isEmpty()) {
      Throwable t = queue.remove(0);
      if (!seen.add(t)) {
        continue;
      }
      out.add(String.valueOf(t.getMessage()));
      out.add(t.toString());
      if (t instanceof NexlaServiceException service) {
        out.add(service.serverMessage().orElse(""));
        out.add(String.valueOf(service.body()));
      }
      if (t.getCause() != null) {
        queue.add(t.getCause());
      }
      queue.addAll(List.of(t.getSuppressed()));
    }
    return out;
  }

  @Test
  void aTokenEndpointEchoingTheServiceKeyDoesNotLeakIt() {
    echoEverything(true);
    Throwable e = failure(transport().exchange(NexlaRequest.get("/data_sources").operation("test.get").build()));

    assertThat(server.requestsTo("/token")).isNotEmpty();
    assertThat(strings(e)).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(SERVICE_KEY));
    assertThat(strings(e)).anySatisfy(s -> assertThat(s).contains("****"));
  }

  @Test
  void anApiErrorEchoingTheBearerTokenAndCredentialSecretsDoesNotLeakThem() {
    echoEverything(false);
    NexlaRequest create = NexlaRequest.post("/data_credentials").operation("credentials.create")
        .body(Map.of("name", "bucket", "credentials", Map.of("secret_access_key", CREDENTIAL_SECRET)))
        .build();
    Throwable e = failure(transport().exchange(create));

    String token = "tok-1";   // TestServer's first token: shorter than the masking minimum, masked by name only
    assertThat(server.requestsTo("/data_credentials").get(0).header("Authorization")).isEqualTo("Bearer " + token);
    assertThat(server.requestsTo("/data_credentials").get(0).body()).contains(CREDENTIAL_SECRET);
    assertThat(strings(e)).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(CREDENTIAL_SECRET)
        .doesNotContain(SERVICE_KEY));
  }

  @Test
  void aLongBearerTokenEchoedInAnErrorPageIsMaskedByValue() {
    echoEverything(false);
    String longToken = "canary-access-token-0c9e77b2";
    server.onToken = (req, res) -> TestServer.json(res, 200,
        "{\"access_token\":\"" + longToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    Throwable e = failure(transport().exchange(NexlaRequest.get("/data_sources").operation("test.get").build()));

    assertThat(strings(e)).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(longToken));
  }
}
