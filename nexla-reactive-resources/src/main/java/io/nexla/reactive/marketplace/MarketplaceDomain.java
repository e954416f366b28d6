package io.nexla.reactive.marketplace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A marketplace domain: a catalogue section where nexsets are published. */
@NexlaModel
public record MarketplaceDomain(
    long id,
    @Nullable String name,
    @Nullable String slug,
    @Nullable String description,
    @Nullable Long orgId,
    @Nullable Long parentId,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public MarketplaceDomain {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
