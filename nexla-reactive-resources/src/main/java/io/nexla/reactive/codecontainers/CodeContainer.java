package io.nexla.reactive.codecontainers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * A code container: reusable code (Jolt, Python, JavaScript, SQL) referenced by nexsets. {@code accessRoles} is
 * the caller's roles as the API sends them (a string array). Code is kept exactly as received.
 */
@NexlaModel
public record CodeContainer(
    @JsonProperty("id") long id,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("resource_type") @Nullable String resourceType,
    @JsonProperty("ai_function_type") @Nullable String aiFunctionType,
    @JsonProperty("reusable") @Nullable Boolean reusable,
    @JsonProperty("public") @Nullable Boolean isPublic,
    @JsonProperty("managed") @Nullable Boolean managed,
    @JsonProperty("owner") @Nullable Owner owner,
    @JsonProperty("org") @Nullable OrgRef org,
    @JsonProperty("access_roles") List<AccessRole> accessRoles,
    @JsonProperty("code_type") @Nullable CodeType codeType,
    @JsonProperty("output_type") @Nullable OutputType outputType,
    @JsonProperty("code_encoding") @Nullable CodeEncoding codeEncoding,
    @JsonProperty("code") List<CodeOperation> code,
    @JsonProperty("code_config") Map<String, Object> codeConfig,
    @JsonProperty("custom_config") Map<String, Object> customConfig,
    @JsonProperty("data_credentials") Map<String, Object> dataCredentials,
    @JsonProperty("runtime_data_credentials") Map<String, Object> runtimeDataCredentials,
    @JsonProperty("data_sets") List<Long> dataSets,
    @JsonProperty("copied_from_id") @Nullable Long copiedFromId,
    @JsonProperty("tags") List<String> tags,
    @JsonProperty("created_at") @Nullable Instant createdAt,
    @JsonProperty("updated_at") @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public CodeContainer {
    accessRoles = Models.list(accessRoles);
    code = Models.list(code);
    codeConfig = Models.map(codeConfig);
    customConfig = Models.map(customConfig);
    dataCredentials = Models.map(dataCredentials);
    runtimeDataCredentials = Models.map(runtimeDataCredentials);
    dataSets = Models.list(dataSets);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Credentials details are free-form and may hold secrets, so they are left out. */
  @Override
  public String toString() {
    return "CodeContainer[id=" + id + ", name=" + name + ", codeType=" + codeType + ", outputType=" + outputType
        + ", public=" + isPublic + "]";
  }
}
