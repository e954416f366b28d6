package io.nexla.reactive.asynctasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A background task on the server ({@code /async_tasks}).
 *
 * @param id task id
 * @param type task type
 * @param status current status; {@code null} when the server did not say
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param startedAt when it started running
 * @param finishedAt when it finished
 * @param result the result object the server embeds, empty when none
 * @param error the failure message of a failed task
 * @param additionalProperties fields this model does not know (e.g. {@code progress}), kept as sent
 */
@NexlaModel
public record AsyncTask(
    long id,
    @Nullable AsyncTaskType type,
    @Nullable AsyncTaskStatus status,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    Map<String, Object> result,
    @Nullable String error,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public AsyncTask {
    result = Models.map(result);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** The server's {@code progress} field (usually a percentage), when it sends one. */
  public Optional<Number> progress() {
    return additionalProperties.get("progress") instanceof Number n ? Optional.of(n) : Optional.empty();
  }

  /** Whether the task finished successfully. */
  public boolean isSucceeded() {
    return status != null && status.isSucceeded();
  }

  /** Whether the task failed. */
  public boolean isFailed() {
    return status != null && status.isFailed();
  }
}
