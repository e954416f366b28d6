package io.nexla.reactive.marketplace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An item published in a marketplace domain (normally a nexset). */
@NexlaModel
public record MarketplaceItem(
    long id,
    @Nullable Long domainId,
    @Nullable String name,
    @Nullable String description,
    @Nullable String resourceType,
    @Nullable Long resourceId,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public MarketplaceItem {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
