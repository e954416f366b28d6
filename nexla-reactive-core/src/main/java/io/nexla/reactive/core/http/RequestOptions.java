package io.nexla.reactive.core.http;

import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-call options layered over the client's configuration: an overall timeout for the operation (all attempts
 * and waits), extra headers, and a retry policy override. Immutable; {@link #NONE} applies the client defaults.
 */
public final class RequestOptions {

  /** No overrides. */
  public static final RequestOptions NONE = new Builder().build();

  private final @Nullable Duration timeout;
  private final Map<String, String> headers;
  private final @Nullable RetryOptions retry;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.retry = b.retry;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Overall deadline of the operation, including retries and their waits. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Headers added to every attempt. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Retry policy replacing the client's for this call. */
  public Optional<RetryOptions> retry() {
    return Optional.ofNullable(retry);
  }

  /** Options where {@code other}'s settings win over this one's (headers are merged). */
  public RequestOptions merge(RequestOptions other) {
    if (other == NONE) {
      return this;
    }
    if (this == NONE) {
      return other;
    }
    Builder b = toBuilder();
    other.timeout().ifPresent(b::timeout);
    other.retry().ifPresent(b::retry);
    b.headers.putAll(other.headers);
    return b.build();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.headers.putAll(headers);
    b.retry = retry;
    return b;
  }

  @Override
  public String toString() {
    return "RequestOptions[timeout=" + timeout + ", headers=" + headers.keySet() + ", retry=" + retry + "]";
  }

  /** Builder of {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable RetryOptions retry;

    private Builder() {}

    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder retry(RetryOptions retry) {
      this.retry = retry;
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
