package io.nexla.reactive.attributetransforms;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
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
 * A reusable attribute transform: code computing one attribute. Unlike transforms, {@code code} is a single
 * string, kept exactly as received (never trimmed). {@code accessRoles} is a string array as the API sends it.
 */
@NexlaModel
public record AttributeTransform(
    @JsonProperty("id") long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("code") @Nullable String code,
    @JsonProperty("code_type") @Nullable CodeType codeType,
    @JsonProperty("output_type") @Nullable OutputType outputType,
    @JsonProperty("code_encoding") @Nullable CodeEncoding codeEncoding,
    @JsonProperty("code_config") Map<String, Object> codeConfig,
    @JsonProperty("custom_config") Map<String, Object> customConfig,
    @JsonProperty("resource_type") @Nullable String resourceType,
    @JsonProperty("reusable") @Nullable Boolean reusable,
    @JsonProperty("managed") @Nullable Boolean managed,
    @JsonProperty("access_roles") List<AccessRole> accessRoles,
    @JsonProperty("owner") @Nullable Owner owner,
    @JsonProperty("org") @Nullable OrgRef org,
    @JsonProperty("tags") List<String> tags,
    @JsonProperty("data_sets") List<Long> dataSets,
    @JsonProperty("data_credentials") Map<String, Object> dataCredentials,
    @JsonProperty("runtime_data_credentials") Map<String, Object> runtimeDataCredentials,
    @JsonProperty("copied_from_id") @Nullable Long copiedFromId,
    @JsonProperty("created_at") @Nullable Instant createdAt,
    @JsonProperty("updated_at") @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public AttributeTransform {
    codeConfig = Models.map(codeConfig);
    customConfig = Models.map(customConfig);
    accessRoles = Models.list(accessRoles);
    tags = Models.list(tags);
    dataSets = Models.list(dataSets);
    dataCredentials = Models.map(dataCredentials);
    runtimeDataCredentials = Models.map(runtimeDataCredentials);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Credentials details are free-form and may hold secrets, and code can be long, so both are left out. */
  @Override
  public String toString() {
    return "AttributeTransform[id=" + id + ", name=" + name + ", codeType=" + codeType + "]";
  }
}
