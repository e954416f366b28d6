package io.nexla.reactive.nexsets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A document attached to a nexset ({@code /data_sets/{id}/docs}), e.g. markdown describing its fields. */
@NexlaModel
public record NexsetDoc(
    @Nullable Long id,
    @Nullable String name,
    @Nullable String description,
    @Nullable String docType,
    @Nullable String text,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NexsetDoc {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** This document as an entry of an update, keeping its name, description, type and text unchanged. */
  public NexsetDocInput toInput() {
    return new NexsetDocInput(name == null ? "" : name, text == null ? "" : text,
        docType == null ? NexsetDocInput.MARKDOWN : docType, description);
  }
}
