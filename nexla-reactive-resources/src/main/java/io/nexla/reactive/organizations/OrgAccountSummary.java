package io.nexla.reactive.organizations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resource counts of an organisation.
 *
 * @param dataSources e.g. {@code {"total": 10, "active": 8, "paused": 2}}
 * @param dataSets counts by kind, e.g. {@code {"derived": {"total": 5, "active": 5}}}
 * @param dataSinks counts by status
 */
@NexlaModel
public record OrgAccountSummary(
    @Nullable Long orgId,
    Map<String, Object> dataSources,
    Map<String, Object> dataSets,
    Map<String, Object> dataSinks,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public OrgAccountSummary {
    dataSources = Models.map(dataSources);
    dataSets = Models.map(dataSets);
    dataSinks = Models.map(dataSinks);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
