package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AsyncTaskTest {
  private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-01T10:00:00Z"));
  private final NexlaEmulator emulator =
      NexlaEmulator.builder().clock(clock).tokenTtl(Duration.ofDays(1)).taskDuration(Duration.ofSeconds(100)).start();
  private final Api api = new Api(emulator);

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void taskProgressesOverEmulatorTimeAndItsArtifactDownloads() throws IOException, InterruptedException {
    long size = 5L * 1024 * 1024 + 123;
    JsonNode task = api.call("POST", "/async_tasks", "{\"type\":\"EXPORT_DATA\",\"arguments\":{\"size_bytes\":" + size + "}}").json();
    long id = task.get("id").asLong();
    assertThat(task.get("status").asString()).isEqualTo("QUEUED");
    assertThat(api.get("/async_tasks/" + id + "/download_link").status()).isEqualTo(409);

    clock.advance(Duration.ofSeconds(50));
    JsonNode running = api.get("/async_tasks/" + id).json();
    assertThat(running.get("status").asString()).isEqualTo("RUNNING");
    assertThat(running.get("progress").asInt()).isEqualTo(50);
    assertThat(api.get("/async_tasks/by_status/running").json().size()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(51));
    JsonNode done = api.get("/async_tasks/" + id).json();
    assertThat(done.get("status").asString()).isEqualTo("DONE");
    assertThat(done.get("result").get("file_size").asLong()).isEqualTo(size);
    assertThat(api.get("/async_tasks/by_status/completed").json().size()).isEqualTo(1);

    String url = api.get("/async_tasks/" + id + "/download_link").json().get("url").asString();
    assertThat(url).startsWith(emulator.rootUrl());
    HttpResponse<InputStream> download =
        Api.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("transfer-encoding")).hasValue("chunked");
    long received = 0;
    try (InputStream in = download.body()) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        received += n;
      }
    }
    assertThat(received).isEqualTo(size);
  }

  @Test
  void tasksCanBeMadeToFail() {
    emulator.failTasksOfType("BulkDeleteNotifications");
    long failing = api.call("POST", "/async_tasks", "{\"type\":\"BulkDeleteNotifications\",\"arguments\":{}}").json().get("id").asLong();
    long byArgument = api.call("POST", "/async_tasks", "{\"type\":\"EXPORT_DATA\",\"arguments\":{\"fail\":true}}").json().get("id").asLong();
    clock.advance(Duration.ofSeconds(100));
    assertThat(api.get("/async_tasks/" + failing).json().get("status").asString()).isEqualTo("FAILED");
    JsonNode failed = api.get("/async_tasks/" + byArgument).json();
    assertThat(failed.get("status").asString()).isEqualTo("FAILED");
    assertThat(failed.get("error").asString()).isNotBlank();
    assertThat(api.get("/async_tasks/by_status/failed").json().size()).isEqualTo(2);
  }

  @Test
  void discoveryRoutesComeBeforeTheIdRoute() {
    assertThat(api.get("/async_tasks/types").json().get(0).asString()).isEqualTo("BulkDeleteNotifications");
    assertThat(api.get("/async_tasks/explain_arguments/EXPORT_DATA").json().get("args").isArray()).isTrue();
    api.call("POST", "/async_tasks", "{\"type\":\"EXPORT_DATA\",\"arguments\":{}}");
    assertThat(api.get("/async_tasks/of_type/EXPORT_DATA").json().size()).isEqualTo(1);
    assertThat(api.get("/async_tasks/of_type/import").json().size()).isZero();
  }

  @Test
  void rerunStartsAgain() {
    long id = api.call("POST", "/async_tasks", "{\"type\":\"EXPORT_DATA\",\"arguments\":{}}").json().get("id").asLong();
    clock.advance(Duration.ofSeconds(200));
    assertThat(api.get("/async_tasks/" + id).json().get("status").asString()).isEqualTo("DONE");
    assertThat(api.call("POST", "/async_tasks/" + id + "/rerun", null).json().get("status").asString()).isEqualTo("QUEUED");
  }
}
