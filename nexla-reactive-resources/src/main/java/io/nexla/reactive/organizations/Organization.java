package io.nexla.reactive.organizations;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An organisation. Owner, billing owner and admins are read as brief user objects (a full user record fits too:
 * its extra fields are kept in {@link Owner#additionalProperties()}).
 */
@NexlaModel
public record Organization(
    long id,
    @Nullable String name,
    @Nullable String emailDomain,
    List<AccessRole> accessRoles,
    @Nullable Owner owner,
    @Nullable String status,
    @Nullable AccessRole membersDefaultAccessRole,
    @Nullable AccessRole defaultReusableCodeContainerAccessRole,
    @Nullable Boolean requireOrgAdminToPublish,
    @Nullable Boolean requireOrgAdminToSubscribe,
    @Nullable Boolean enableNexlaPasswordLogin,
    @Nullable String description,
    @Nullable String email,
    @Nullable String clientIdentifier,
    @Nullable String orgWebhookHost,
    @Nullable Long defaultClusterId,
    @Nullable Owner billingOwner,
    List<Owner> admins,
    @JsonAlias("org_tier") @Nullable OrgTier accountTier,
    @Nullable String accountTierDisplayName,
    @Nullable String accountTierName,
    @Nullable Instant emailDomainVerifiedAt,
    @Nullable Instant nameVerifiedAt,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Organization {
    accessRoles = Models.list(accessRoles);
    admins = Models.list(admins);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
