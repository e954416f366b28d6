package io.nexla.reactive.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as the emulator received it, with what it answered.
 *
 * @param method HTTP method, upper case
 * @param path request path below the emulator's base path (e.g. {@code /data_sources/7}), not decoded
 * @param route the route template that matched (e.g. {@code /data_sources/{id}}), or {@code null} if none
 * @param query decoded query parameters in order
 * @param headers request headers (names lower-case)
 * @param body the request body as text ({@code ""} when none)
 * @param status the status the emulator answered (0 when the connection was dropped by a fault)
 * @param processed whether the emulator applied the request to its store (false for faults that answer first)
 */
public record RecordedRequest(
    String method,
    String path,
    @Nullable String route,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String body,
    int status,
    boolean processed) {

  /** A header value by case-insensitive name, or {@code null}. */
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** Credentials (authorization header, api_key) are masked so that journals can be printed safely. */
  @Override
  public String toString() {
    Map<String, String> safeHeaders = new LinkedHashMap<>(headers);
    safeHeaders.computeIfPresent("authorization", (k, v) -> v.contains(" ") ? v.substring(0, v.indexOf(' ')) + " ****" : "****");
    Map<String, List<String>> safeQuery = new LinkedHashMap<>(query);
    safeQuery.computeIfPresent("api_key", (k, v) -> List.of("****"));
    return "RecordedRequest[" + method + " " + path + " route=" + route + " query=" + safeQuery + " headers="
        + safeHeaders + " body=" + body.length() + " chars status=" + status + " processed=" + processed + "]";
  }
}
