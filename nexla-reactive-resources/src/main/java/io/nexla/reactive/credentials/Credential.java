package io.nexla.reactive.credentials;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Connector;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A data credential ({@code /data_credentials}). The server never returns the secret parts; non-secret parts are
 * in {@link #credentialsNonSecureData()}. {@link #toString()} shows identity and type only, never configuration
 * or unknown fields (which might hold secrets).
 */
@NexlaModel
public record Credential(
    long id,
    @Nullable String name,
    @Nullable CredentialType credentialsType,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    List<AccessRole> accessRoles,
    @Nullable VerifiedStatus verifiedStatus,
    @Nullable Connector connector,
    @Nullable String description,
    @Nullable String credentialsVersion,
    List<Map<String, Object>> apiKeys,
    Map<String, Object> credentialsNonSecureData,
    @Nullable Instant verifiedAt,
    @Nullable Long copiedFromId,
    @Nullable Map<String, Object> templateConfig,
    @Nullable Map<String, Object> vendor,
    @Nullable Map<String, Object> authTemplate,
    Map<String, List<Long>> referencedResourceIds,
    List<String> tags,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable Boolean managed,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Credential {
    accessRoles = accessRoles == null ? List.of()
        : Models.list(accessRoles.stream().filter(java.util.Objects::nonNull).toList());
    apiKeys = Models.list(apiKeys);
    credentialsNonSecureData = Models.map(credentialsNonSecureData);
    referencedResourceIds = referencedResourceIds == null ? Map.of() : Map.copyOf(referencedResourceIds);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  @Override
  public String toString() {
    return "Credential[id=" + id + ", name=" + name + ", credentialsType=" + credentialsType + ", verifiedStatus="
        + verifiedStatus + ", configuration=<redacted>]";
  }
}
