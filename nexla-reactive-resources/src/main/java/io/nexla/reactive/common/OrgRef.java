package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An organisation in brief (nested {@code org}); a full record sent in its place keeps its extra fields. */
@NexlaModel
public record OrgRef(
    @Nullable Long id,
    @Nullable String name,
    @Nullable String emailDomain,
    @Nullable String email,
    @Nullable String clientIdentifier,
    @Nullable String orgWebhookHost,
    @Nullable String clusterStatus,
    @Nullable String status,
    @Nullable Long clusterId,
    @Nullable Long newClusterId,
    @Nullable Boolean selfSignup,
    List<String> featuresEnabled,
    @Nullable Map<String, Object> orgTier,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public OrgRef {
    featuresEnabled = Models.list(featuresEnabled);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
