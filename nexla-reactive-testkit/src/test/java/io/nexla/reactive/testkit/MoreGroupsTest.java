package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MoreGroupsTest {
  private final NexlaEmulator emulator = NexlaEmulator.builder().serviceKey("hook-key").start();
  private final Api api = new Api(emulator);

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void lookupEntriesUpsertGetAndDeleteByKeys() {
    long map = api.call("POST", "/data_maps", "{\"name\":\"codes\",\"map_primary_key\":\"code\"}").json().get("id").asLong();
    JsonNode upserted = api.call("PUT", "/data_maps/" + map + "/entries",
        "{\"entries\":[{\"code\":\"A 1\",\"v\":1},{\"code\":\"B\",\"v\":2},{\"code\":\"C\",\"v\":3}]}").json();
    assertThat(upserted.size()).isEqualTo(3);
    api.call("PUT", "/data_maps/" + map + "/entries", "{\"entries\":[{\"code\":\"B\",\"v\":20}]}");

    // Several keys are separated by a comma, literal or encoded; each key is percent-decoded.
    String spaced = URLEncoder.encode("A 1", StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(api.get("/data_maps/" + map + "/entries/" + spaced + ",B").json().size()).isEqualTo(2);
    JsonNode got = api.get("/data_maps/" + map + "/entries/" + spaced + "%2CB%2Cmissing").json();
    assertThat(got.findValues("v")).extracting(JsonNode::asInt).containsExactly(1, 20);
    assertThat(api.get("/data_maps/" + map + "/entries/B").json().get(0).get("v").asInt()).isEqualTo(20);

    assertThat(api.call("DELETE", "/data_maps/" + map + "/entries/B,C", null).json().get("deleted").asInt()).isEqualTo(2);
    assertThat(api.get("/data_maps/" + map + "/entries/B,C").json().size()).isZero();
    assertThat(api.call("PUT", "/data_maps/" + map + "/entries", "{\"entries\":[{\"nokey\":1}]}").status()).isEqualTo(400);
  }

  @Test
  void webhookAcceptsQueryKeyAndBasicHeaderAndStoresRecords() {
    long source = api.call("POST", "/data_sources", "{\"name\":\"hook\",\"source_type\":\"webhook\"}").json().get("id").asLong();
    long nexset = api.call("POST", "/data_sets", "{\"name\":\"hook-set\",\"data_source_id\":" + source + "}").json().get("id").asLong();
    String url = emulator.webhookUrl(source);
    assertThat(api.get("/data_sources/" + source).json().get("webhook_url").asString()).isEqualTo(url);

    JsonNode one = Api.sendUrl("POST", url + "?api_key=hook-key&include_url_params=true&tag=x", "{\"event\":\"view\"}", Map.of()).json();
    assertThat(one.get("processed").asInt()).isEqualTo(1);
    assertThat(one.get("dataset_id").asLong()).isEqualTo(nexset);

    String basic = "Basic " + Base64.getEncoder().encodeToString("hook-key".getBytes(StandardCharsets.UTF_8));
    JsonNode many = Api.sendUrl("POST", url, "[{\"id\":1},{\"id\":2}]", Map.of("Authorization", basic)).json();
    assertThat(many.get("processed").asInt()).isEqualTo(2);
    assertThat(Api.sendUrl("POST", url, "[]", Map.of("Authorization", basic)).json().get("processed").asInt()).isZero();

    assertThat(emulator.store().webhookRecords(source)).hasSize(3);
    assertThat(emulator.store().webhookRecords(source).get(0).get("url_param_tag").asString()).isEqualTo("x");
    assertThat(api.get("/data_sets/" + nexset + "/samples?count=2&include_metadata=False&live=False").json().get(0).get("event").asString())
        .isEqualTo("view");
    assertThat(api.get("/data_sets/" + nexset + "/samples?count=1&include_metadata=True").json().get(0).has("nexlaMetaData")).isTrue();

    assertThat(Api.sendUrl("POST", url + "?api_key=wrong", "{}", Map.of()).status()).isEqualTo(401);
    assertThat(Api.sendUrl("POST", emulator.webhookUrl(999_999) + "?api_key=hook-key", "{}", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void notificationsMarkReadWithBareArrays() {
    long a = emulator.store().create("notifications", Map.of("message", "a")).get("id").asLong();
    long b = emulator.store().create("notifications", Map.of("message", "b")).get("id").asLong();
    assertThat(api.get("/notifications/count?read=0").json().get("count").asInt()).isEqualTo(2);
    api.call("PUT", "/notifications/mark_read", "[" + a + "]");
    assertThat(api.get("/notifications?read=1").json().get(0).get("id").asLong()).isEqualTo(a);
    api.call("PUT", "/notifications/mark_read?notification_id=all", null);
    assertThat(api.get("/notifications/count?read=False").json().get("count").asInt()).isZero();
    api.call("PUT", "/notifications/mark_unread", "[" + b + "]");
    assertThat(api.get("/notifications/count?read=false").json().get("count").asInt()).isEqualTo(1);
    assertThat(api.call("PUT", "/notifications/mark_read", "{\"ids\":[1]}").status()).isEqualTo(400);
    api.call("DELETE", "/notifications/all", null);
    assertThat(api.get("/notifications").json().size()).isZero();
  }

  @Test
  void credentialProbesAndMembers() {
    long credential = api.call("POST", "/data_credentials", "{\"name\":\"pg\",\"credentials_type\":\"postgres\",\"credentials\":{\"password\":\"secret\"}}")
        .json().get("id").asLong();
    assertThat(api.get("/data_credentials/" + credential).body()).doesNotContain("secret");
    assertThat(api.get("/data_credentials/" + credential + "/probe").json().get("status").asString()).isEqualTo("success");
    assertThat(api.call("POST", "/data_credentials/" + credential + "/probe/tree", "{\"depth\":1}").json().get("connection_type").asString())
        .isEqualTo("postgres");
    assertThat(api.get("/data_credentials/" + credential + "/probe?async=True").json().has("request_id")).isTrue();

    long team = api.call("POST", "/teams", "{\"name\":\"t\"}").json().get("id").asLong();
    api.call("PUT", "/teams/" + team + "/members", "{\"members\":[{\"email\":\"a@x.io\"},{\"email\":\"b@x.io\"}]}");
    assertThat(api.call("DELETE", "/teams/" + team + "/members", "{\"members\":[{\"email\":\"a@x.io\"}]}").json().size()).isEqualTo(1);
    assertThat(api.call("DELETE", "/teams/" + team + "/members", null).json().size()).isZero();
  }

  @Test
  void usersAndLimits() {
    JsonNode current = api.get("/users/current").json();
    assertThat(current.get("email").asString()).isNotBlank();
    assertThat(current.get("org_memberships").isArray()).isTrue();
    assertThat(api.get("/limits").json().isObject()).isTrue();
    assertThat(api.get("/orgs/account_summary").json().has("data_sources")).isTrue();
  }
}
