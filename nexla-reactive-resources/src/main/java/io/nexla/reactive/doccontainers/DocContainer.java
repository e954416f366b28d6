package io.nexla.reactive.doccontainers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A documentation container (e.g. a markdown document attached to nexsets). {@code text} is kept exactly as sent.
 *
 * @param docType e.g. {@code md}
 * @param isPublic whether the document is public (JSON key {@code public})
 * @param repoType e.g. {@code embedded}
 */
@NexlaModel
public record DocContainer(
    long id,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    @Nullable String name,
    @Nullable String description,
    @Nullable String docType,
    @Nullable String text,
    @com.fasterxml.jackson.annotation.JsonProperty("public") @Nullable Boolean isPublic,
    @Nullable String repoType,
    Map<String, Object> repoConfig,
    List<AccessRole> accessRoles,
    List<String> tags,
    @Nullable Long copiedFromId,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DocContainer {
    repoConfig = Models.map(repoConfig);
    accessRoles = Models.list(accessRoles);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
