package io.nexla.reactive.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A blocking JDK HTTP client for tests, talking to one emulator. */
final class Api {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

  record Response(int status, HttpResponse<String> raw) {
    String body() {
      return raw.body();
    }

    JsonNode json() {
      return JSON.readTree(raw.body());
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final NexlaEmulator emulator;
  private String token;

  Api(NexlaEmulator emulator) {
    this.emulator = emulator;
  }

  String token() {
    if (token == null) {
      token = freshToken();
    }
    return token;
  }

  String freshToken() {
    Response response = send("POST", "/token", null, Map.of("Authorization", "Basic " + emulator.serviceKey()));
    if (response.status() != 200) {
      throw new IllegalStateException("token: " + response.status() + " " + response.body());
    }
    return response.json().get("access_token").asString();
  }

  Response get(String path) {
    return call("GET", path, null);
  }

  Response call(String method, String path, String body) {
    return send(method, path, body, Map.of("Authorization", "Bearer " + token(), "Accept", "application/vnd.nexla.api.v1+json"));
  }

  Response send(String method, String path, String body, Map<String, String> headers) {
    String url = path.startsWith("http") ? path : emulator.baseUrl() + path;
    return sendUrl(method, url, body, headers);
  }

  static Response sendUrl(String method, String url, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    headers.forEach(request::header);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
