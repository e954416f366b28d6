package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Totals of one run (or one last-written time) of a resource.
 *
 * @param lastWritten when the run last wrote, read from epoch seconds or milliseconds
 */
@NexlaModel
public record RunMetric(
    @JsonProperty("runId") @JsonAlias("run_id") @Nullable Long runId,
    @JsonProperty("lastWritten") @JsonAlias("last_written") @Nullable Instant lastWritten,
    @JsonProperty("dataSetId") @JsonAlias("data_set_id") @Nullable Long dataSetId,
    @JsonProperty("records") @Nullable Long records,
    @JsonProperty("size") @Nullable Long size,
    @JsonProperty("errors") @Nullable Long errors,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public RunMetric {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
