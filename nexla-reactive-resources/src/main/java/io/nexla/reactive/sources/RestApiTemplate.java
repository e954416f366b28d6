package io.nexla.reactive.sources;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code template_config} of a templated REST source: the request to poll and how to page through its
 * answers. Placeholders such as {@code ${CREDENTIAL.token}} or {@code ${LAST_SUCCESS_AT}} are sent verbatim and
 * resolved by Nexla.
 *
 * <pre>{@code
 * RestApiTemplate.get("https://api.example.com/v1/contacts")
 *     .header("Authorization", "Bearer ${CREDENTIAL.token}")
 *     .queryParam("updated_after", "${LAST_SUCCESS_AT}")
 *     .cursorPagination("next_page")
 * }</pre>
 */
public final class RestApiTemplate {

  private final String method;
  private final String url;
  private final Map<String, Object> headers = new LinkedHashMap<>();
  private final Map<String, Object> queryParams = new LinkedHashMap<>();
  private @Nullable Map<String, Object> pagination;

  private RestApiTemplate(String method, String url) {
    this.method = method;
    this.url = url;
  }

  /** A {@code GET} of this URL. */
  public static RestApiTemplate get(String url) {
    return new RestApiTemplate("GET", url);
  }

  /** A request with any HTTP method. */
  public static RestApiTemplate request(String method, String url) {
    return new RestApiTemplate(method, url);
  }

  public RestApiTemplate header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public RestApiTemplate queryParam(String name, String value) {
    queryParams.put(name, value);
    return this;
  }

  /** Pages by a cursor read from the answer field {@code cursorField}. */
  public RestApiTemplate cursorPagination(String cursorField) {
    Map<String, Object> cursor = new LinkedHashMap<>();
    cursor.put("type", "cursor");
    cursor.put("cursor_field", cursorField);
    return pagination(cursor);
  }

  /** Any other pagination scheme, sent as given. */
  public RestApiTemplate pagination(Map<String, ?> pagination) {
    this.pagination = new LinkedHashMap<>(pagination);
    return this;
  }

  /** The {@code template_config} object as sent. */
  public Map<String, Object> toMap() {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", method);
    request.put("url", url);
    if (!headers.isEmpty()) {
      request.put("headers", new LinkedHashMap<>(headers));
    }
    if (!queryParams.isEmpty()) {
      request.put("query_params", new LinkedHashMap<>(queryParams));
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("request", request);
    if (pagination != null) {
      config.put("pagination", new LinkedHashMap<>(pagination));
    }
    return config;
  }
}
