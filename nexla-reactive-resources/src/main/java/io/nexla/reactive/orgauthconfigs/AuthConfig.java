package io.nexla.reactive.orgauthconfigs;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's single-sign-on configuration (SAML or OIDC). Every field but {@code id} may be absent.
 * {@link #toString()} leaves out {@code client_config}, which may hold a client secret.
 *
 * @param global whether the configuration applies to every organisation (JSON key {@code global})
 * @param securitySettings as the server sends it (a string or an object)
 * @param oidcIdClaims as the server sends it (a string or an object)
 * @param oidcAccessClaims as the server sends it (a string or an object)
 */
@NexlaModel
public record AuthConfig(
    long id,
    Map<String, Object> owner,
    Map<String, Object> org,
    @Nullable String uid,
    @Nullable AuthProtocol protocol,
    @Nullable String name,
    @Nullable String description,
    @JsonProperty("global") @JsonAlias("global_") @Nullable Boolean global,
    @Nullable Boolean enabledByDefault,
    @Nullable Boolean autoCreateUsersEnabled,
    @Nullable String nameIdentifierFormat,
    @Nullable String nexlaBaseUrl,
    @Nullable String serviceEntityId,
    @Nullable String assertionConsumerUrl,
    @Nullable String logoutUrl,
    @Nullable String metadataUrl,
    @Nullable String idpEntityId,
    @Nullable String idpSsoTargetUrl,
    @Nullable String idpSloTargetUrl,
    @Nullable String idpCert,
    @Nullable Object securitySettings,
    @Nullable String oidcDomain,
    @Nullable String oidcKeysUrlKey,
    @Nullable String oidcTokenVerifyUrl,
    @Nullable Object oidcIdClaims,
    @Nullable Object oidcAccessClaims,
    Map<String, Object> clientConfig,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public AuthConfig {
    owner = Models.map(owner);
    org = Models.map(org);
    clientConfig = Models.map(clientConfig);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  @Override
  public String toString() {
    return "AuthConfig[id=" + id + ", uid=" + uid + ", protocol=" + protocol + ", name=" + name + ", global="
        + global + ", autoCreateUsersEnabled=" + autoCreateUsersEnabled + ", nexlaBaseUrl=" + nexlaBaseUrl
        + ", idpEntityId=" + idpEntityId + ", oidcDomain=" + oidcDomain + "]";
  }
}
