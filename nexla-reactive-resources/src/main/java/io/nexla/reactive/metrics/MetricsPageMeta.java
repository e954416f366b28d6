package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Paging information of a metrics or logs envelope. The API spells the keys in camelCase or snake_case
 * ({@code currentPage}/{@code current_page}, {@code pageCount}/{@code page_count}/{@code pages_count}); both are read.
 */
@NexlaModel
public record MetricsPageMeta(
    @JsonProperty("current_page") @JsonAlias("currentPage") @Nullable Integer currentPage,
    @JsonProperty("page_count") @JsonAlias({"pageCount", "pages_count"}) @Nullable Integer pageCount,
    @JsonProperty("total_count") @JsonAlias("totalCount") @Nullable Long totalCount,
    @JsonProperty("org_id") @Nullable Long orgId,
    @JsonProperty("run_id") @Nullable Long runId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public MetricsPageMeta {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
