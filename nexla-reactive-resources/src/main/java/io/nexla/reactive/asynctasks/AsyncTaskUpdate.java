package io.nexla.reactive.asynctasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /async_tasks/{id}}: fields left {@code null} are not sent and stay unchanged. Start with
 * {@link #builder()}.
 *
 * <pre>{@code
 * AsyncTaskUpdate.builder().priority(2).build();
 * }</pre>
 *
 * @param priority a new priority
 * @param arguments new task arguments, sent whole as given
 * @param additionalProperties other top-level fields, sent as given
 */
public record AsyncTaskUpdate(
    @Nullable Integer priority,
    @Nullable Map<String, Object> arguments,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public AsyncTaskUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link AsyncTaskUpdate}. */
  public static final class Builder {
    private @Nullable Integer priority;
    private @Nullable Map<String, Object> arguments;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {}

    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /** Sets one argument of the {@code arguments} to send; they are sent whole. */
    public Builder argument(String name, Object value) {
      if (arguments == null) {
        arguments = new LinkedHashMap<>();
      }
      arguments.put(name, value);
      return this;
    }

    /** Replaces all arguments. */
    public Builder arguments(Map<String, ?> values) {
      this.arguments = new LinkedHashMap<>(values);
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public AsyncTaskUpdate build() {
      return new AsyncTaskUpdate(priority, arguments, extra);
    }
  }
}
