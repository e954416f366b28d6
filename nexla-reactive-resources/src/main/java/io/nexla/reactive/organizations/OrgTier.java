package io.nexla.reactive.organizations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The account tier of an organisation (limits of its plan). */
@NexlaModel
public record OrgTier(
    @Nullable Long id,
    @Nullable String name,
    @Nullable String displayName,
    @Nullable Long recordCountLimit,
    @Nullable String recordCountLimitTime,
    @Nullable Long dataSourceCountLimit,
    @Nullable Integer trialPeriodDays,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public OrgTier {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
