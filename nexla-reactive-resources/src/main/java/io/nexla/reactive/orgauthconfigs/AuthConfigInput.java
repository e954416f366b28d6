package io.nexla.reactive.orgauthconfigs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of an auth configuration create or update; fields left {@code null} are not sent. The global flag goes on
 * the wire as {@code "global"}, the key the server reads.
 */
public record AuthConfigInput(
    @Nullable Long ownerId,
    @Nullable Long orgId,
    @Nullable String uid,
    @Nullable AuthProtocol protocol,
    @Nullable String name,
    @Nullable String description,
    @JsonProperty("global") @Nullable Boolean global,
    @Nullable Boolean enabledByDefault,
    @Nullable Boolean autoCreateUsersEnabled,
    @Nullable String nameIdentifierFormat,
    @Nullable String nexlaBaseUrl,
    @Nullable String serviceEntityId,
    @Nullable String assertionConsumerUrl,
    @Nullable String idpEntityId,
    @Nullable String idpSsoTargetUrl,
    @Nullable String idpSloTargetUrl,
    @Nullable String idpCert,
    @Nullable Map<String, Object> securitySettings,
    @Nullable String metadata,
    @Nullable String oidcDomain,
    @Nullable String oidcKeysUrlKey,
    @Nullable Map<String, Object> oidcIdClaims,
    @Nullable Map<String, Object> oidcAccessClaims) {

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link AuthConfigInput}. */
  public static final class Builder {
    private @Nullable Long ownerId;
    private @Nullable Long orgId;
    private @Nullable String uid;
    private @Nullable AuthProtocol protocol;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Boolean global;
    private @Nullable Boolean enabledByDefault;
    private @Nullable Boolean autoCreateUsersEnabled;
    private @Nullable String nameIdentifierFormat;
    private @Nullable String nexlaBaseUrl;
    private @Nullable String serviceEntityId;
    private @Nullable String assertionConsumerUrl;
    private @Nullable String idpEntityId;
    private @Nullable String idpSsoTargetUrl;
    private @Nullable String idpSloTargetUrl;
    private @Nullable String idpCert;
    private @Nullable Map<String, Object> securitySettings;
    private @Nullable String metadata;
    private @Nullable String oidcDomain;
    private @Nullable String oidcKeysUrlKey;
    private @Nullable Map<String, Object> oidcIdClaims;
    private @Nullable Map<String, Object> oidcAccessClaims;

    private Builder() {}

    public Builder ownerId(long ownerId) {
      this.ownerId = ownerId;
      return this;
    }

    public Builder orgId(long orgId) {
      this.orgId = orgId;
      return this;
    }

    public Builder uid(String uid) {
      this.uid = uid;
      return this;
    }

    public Builder protocol(AuthProtocol protocol) {
      this.protocol = protocol;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Whether the configuration applies to every organisation (sent as {@code "global"}). */
    public Builder global(boolean global) {
      this.global = global;
      return this;
    }

    public Builder enabledByDefault(boolean enabledByDefault) {
      this.enabledByDefault = enabledByDefault;
      return this;
    }

    public Builder autoCreateUsersEnabled(boolean autoCreateUsersEnabled) {
      this.autoCreateUsersEnabled = autoCreateUsersEnabled;
      return this;
    }

    public Builder nameIdentifierFormat(String nameIdentifierFormat) {
      this.nameIdentifierFormat = nameIdentifierFormat;
      return this;
    }

    public Builder nexlaBaseUrl(String nexlaBaseUrl) {
      this.nexlaBaseUrl = nexlaBaseUrl;
      return this;
    }

    public Builder serviceEntityId(String serviceEntityId) {
      this.serviceEntityId = serviceEntityId;
      return this;
    }

    public Builder assertionConsumerUrl(String assertionConsumerUrl) {
      this.assertionConsumerUrl = assertionConsumerUrl;
      return this;
    }

    /** The identity provider's entity id and sign-on / sign-out URLs (SAML). */
    public Builder identityProvider(String entityId, String ssoTargetUrl, @Nullable String sloTargetUrl) {
      this.idpEntityId = entityId;
      this.idpSsoTargetUrl = ssoTargetUrl;
      this.idpSloTargetUrl = sloTargetUrl;
      return this;
    }

    public Builder idpCert(String idpCert) {
      this.idpCert = idpCert;
      return this;
    }

    public Builder securitySettings(Map<String, Object> securitySettings) {
      this.securitySettings = securitySettings;
      return this;
    }

    public Builder metadata(String metadata) {
      this.metadata = metadata;
      return this;
    }

    public Builder oidcDomain(String oidcDomain) {
      this.oidcDomain = oidcDomain;
      return this;
    }

    public Builder oidcKeysUrlKey(String oidcKeysUrlKey) {
      this.oidcKeysUrlKey = oidcKeysUrlKey;
      return this;
    }

    public Builder oidcIdClaims(Map<String, Object> oidcIdClaims) {
      this.oidcIdClaims = oidcIdClaims;
      return this;
    }

    public Builder oidcAccessClaims(Map<String, Object> oidcAccessClaims) {
      this.oidcAccessClaims = oidcAccessClaims;
      return this;
    }

    public AuthConfigInput build() {
      return new AuthConfigInput(ownerId, orgId, uid, protocol, name, description, global, enabledByDefault,
          autoCreateUsersEnabled, nameIdentifierFormat, nexlaBaseUrl, serviceEntityId, assertionConsumerUrl,
          idpEntityId, idpSsoTargetUrl, idpSloTargetUrl, idpCert, securitySettings, metadata, oidcDomain,
          oidcKeysUrlKey, oidcIdClaims, oidcAccessClaims);
    }
  }
}
