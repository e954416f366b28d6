package io.nexla.reactive.asynctasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /async_tasks}: what to run. {@code arguments} is always sent (the server requires it, even
 * empty); {@code priority} only when set.
 *
 * @param type task type
 * @param priority optional priority
 * @param arguments task arguments as the type expects them ({@code explainArguments} describes them)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AsyncTaskCreate(AsyncTaskType type, @Nullable Integer priority, Map<String, Object> arguments) {

  public AsyncTaskCreate {
    Objects.requireNonNull(type, "type");
    arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  public static Builder builder(AsyncTaskType type) {
    return new Builder(type);
  }

  public static Builder builder(String type) {
    return new Builder(AsyncTaskType.of(type));
  }

  /** Builder of {@link AsyncTaskCreate}. */
  public static final class Builder {
    private final AsyncTaskType type;
    private @Nullable Integer priority;
    private final Map<String, Object> arguments = new LinkedHashMap<>();

    private Builder(AsyncTaskType type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /** Adds one argument. */
    public Builder argument(String name, Object value) {
      arguments.put(name, value);
      return this;
    }

    /** Adds every argument of the map. */
    public Builder arguments(Map<String, ?> values) {
      arguments.putAll(values);
      return this;
    }

    public AsyncTaskCreate build() {
      return new AsyncTaskCreate(type, priority, arguments);
    }
  }
}
