package io.nexla.reactive.core.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One logical call to the Nexla API, immutable: verb, path template with its variables, query, JSON body,
 * operation name and per-call options. The path template (e.g. {@code /data_sources/{id}}) is what appears in
 * metrics, spans and logs, never the expanded URL, so tags stay low-cardinality.
 *
 * <p>Path variables are URI-encoded when the request is sent (a lookup key containing {@code /} or {@code ,} is
 * safe). Query parameters with a {@code null} value are omitted.
 */
public final class NexlaRequest {

  private final HttpMethod method;
  private final String pathTemplate;
  private final Map<String, Object> pathVariables;
  private final Map<String, List<String>> query;
  private final @Nullable Object body;
  private final String operation;
  private final @Nullable Boolean idempotent;
  private final Map<String, String> headers;
  private final @Nullable URI absoluteUrl;
  private final boolean authenticated;
  private final RequestOptions options;

  private NexlaRequest(Builder b) {
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.pathVariables = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathVariables));
    Map<String, List<String>> q = new LinkedHashMap<>();
    b.query.forEach((k, v) -> q.put(k, List.copyOf(v)));
    this.query = Collections.unmodifiableMap(q);
    this.body = b.body;
    this.operation = b.operation != null ? b.operation : method.name() + " " + b.pathTemplate;
    this.idempotent = b.idempotent;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.absoluteUrl = b.absoluteUrl;
    this.authenticated = b.authenticated;
    this.options = b.options;
  }

  public static Builder builder(HttpMethod method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  public static Builder get(String pathTemplate) {
    return builder(HttpMethod.GET, pathTemplate);
  }

  public static Builder post(String pathTemplate) {
    return builder(HttpMethod.POST, pathTemplate);
  }

  public static Builder put(String pathTemplate) {
    return builder(HttpMethod.PUT, pathTemplate);
  }

  public static Builder patch(String pathTemplate) {
    return builder(HttpMethod.PATCH, pathTemplate);
  }

  public static Builder delete(String pathTemplate) {
    return builder(HttpMethod.DELETE, pathTemplate);
  }

  public HttpMethod method() {
    return method;
  }

  /** Path template relative to the base URL, starting with {@code /}. */
  public String pathTemplate() {
    return pathTemplate;
  }

  public Map<String, Object> pathVariables() {
    return pathVariables;
  }

  /** Query parameters in insertion order; each name may carry several values. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** JSON body (a model, map, list or {@code JsonNode}), or {@code null} for none. */
  public @Nullable Object body() {
    return body;
  }

  /** Low-cardinality logical operation name, e.g. {@code sources.get}. */
  public String operation() {
    return operation;
  }

  /**
   * Whether the request may be sent again after an ambiguous failure. Defaults to {@code true} for GET, HEAD,
   * PUT, DELETE and OPTIONS, {@code false} for POST and PATCH; read-only POSTs (searches) can opt in.
   */
  public boolean idempotent() {
    if (idempotent != null) {
      return idempotent;
    }
    return !(HttpMethod.POST.equals(method) || HttpMethod.PATCH.equals(method));
  }

  /** Extra headers of this request (per-call option headers are in {@link #options()}). */
  public Map<String, String> headers() {
    return headers;
  }

  /** A full URL that replaces base URL + path (webhooks, download links), or {@code null}. */
  public @Nullable URI absoluteUrl() {
    return absoluteUrl;
  }

  /** Whether the bearer token is attached ({@code false} for {@code /token}, webhooks and download links). */
  public boolean authenticated() {
    return authenticated;
  }

  public RequestOptions options() {
    return options;
  }

  public Builder toBuilder() {
    Builder b = new Builder(method, pathTemplate);
    b.pathVariables.putAll(pathVariables);
    query.forEach((k, v) -> b.query.put(k, new ArrayList<>(v)));
    b.body = body;
    b.operation = operation;
    b.idempotent = idempotent;
    b.headers.putAll(headers);
    b.absoluteUrl = absoluteUrl;
    b.authenticated = authenticated;
    b.options = options;
    return b;
  }

  /** Secret-free description: verb, template and operation only. */
  @Override
  public String toString() {
    return "NexlaRequest[" + method.name() + " " + pathTemplate + " (" + operation + ")]";
  }

  /** Builder of {@link NexlaRequest}; not thread-safe. */
  public static final class Builder {
    private final HttpMethod method;
    private final String pathTemplate;
    private final Map<String, Object> pathVariables = new LinkedHashMap<>();
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private @Nullable Object body;
    private @Nullable String operation;
    private @Nullable Boolean idempotent;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable URI absoluteUrl;
    private boolean authenticated = true;
    private RequestOptions options = RequestOptions.NONE;

    private Builder(HttpMethod method, String pathTemplate) {
      this.method = Objects.requireNonNull(method, "method");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    /** Binds a path variable of the template. */
    public Builder pathVariable(String name, Object value) {
      pathVariables.put(name, Objects.requireNonNull(value, () -> "path variable " + name));
      return this;
    }

    /** Adds a query parameter; {@code null} values are skipped, other values use {@code String.valueOf}. */
    public Builder query(String name, @Nullable Object value) {
      if (value != null) {
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
      }
      return this;
    }

    /** Replaces all values of a query parameter ({@code null} removes it). */
    public Builder setQuery(String name, @Nullable Object value) {
      query.remove(name);
      return query(name, value);
    }

    /** Adds every entry of the map as a query parameter (null values skipped). */
    public Builder queryAll(@Nullable Map<String, ?> params) {
      if (params != null) {
        params.forEach(this::query);
      }
      return this;
    }

    public Builder body(@Nullable Object body) {
      this.body = body;
      return this;
    }

    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /** Overrides the verb-based idempotency (e.g. a read-only search sent as POST). */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder absoluteUrl(@Nullable URI url) {
      this.absoluteUrl = url;
      return this;
    }

    public Builder authenticated(boolean authenticated) {
      this.authenticated = authenticated;
      return this;
    }

    public Builder options(RequestOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    public NexlaRequest build() {
      return new NexlaRequest(this);
    }
  }
}
