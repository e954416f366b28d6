package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Paging information of a log or metrics answer (camelCase and snake_case keys both accepted). */
@NexlaModel
public record FlowLogsMeta(
    @JsonAlias("currentPage") @Nullable Integer currentPage,
    @JsonAlias({"pageCount", "pages_count"}) @Nullable Integer pageCount,
    @JsonAlias("totalCount") @Nullable Long totalCount,
    @Nullable Long orgId,
    @Nullable Long runId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowLogsMeta {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
