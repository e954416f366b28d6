package io.nexla.reactive.orgauthconfigs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api_auth_configs} and {@code PUT /api_auth_configs/{id}}: the API takes this one body for
 * both and requires none of its fields. Fields left {@code null} are not sent, so an update changes only the
 * fields set. The global flag goes on the wire as {@code "global"}, the key the server reads.
 *
 * <pre>{@code
 * AuthConfigPayload sso = AuthConfigPayload.builder().name("corp sso").protocol(AuthProtocol.SAML).build();
 * AuthConfigPayload disable = AuthConfigPayload.builder().enabledByDefault(false).build();
 * }</pre>
 *
 * @param ownerId the owner, when not the caller
 * @param orgId the organisation, when not the caller's
 * @param uid the configuration's unique identifier
 * @param protocol {@code saml} or {@code oidc}
 * @param name the configuration's name
 * @param description a description
 * @param global whether it applies to every organisation, sent as {@code "global"}, the key the server reads
 * @param enabledByDefault whether it is enabled by default
 * @param autoCreateUsersEnabled whether unknown users are created on first sign-on
 * @param nameIdentifierFormat the SAML name identifier format
 * @param nexlaBaseUrl Nexla's base URL as the identity provider sees it
 * @param serviceEntityId the service provider's entity id
 * @param assertionConsumerUrl the assertion consumer URL
 * @param idpEntityId the identity provider's entity id
 * @param idpSsoTargetUrl the identity provider's sign-on URL
 * @param idpSloTargetUrl the identity provider's sign-out URL
 * @param idpCert the identity provider's certificate
 * @param securitySettings SAML security settings, sent as given
 * @param metadata identity provider metadata
 * @param oidcDomain the OIDC domain
 * @param oidcKeysUrlKey the OIDC keys URL key
 * @param oidcIdClaims OIDC id-token claims, sent as given
 * @param oidcAccessClaims OIDC access-token claims, sent as given
 * @param additionalProperties other top-level fields, sent as given
 */
public record AuthConfigPayload(
    @Nullable Long ownerId,
    @Nullable Long orgId,
    @Nullable String uid,
    @Nullable AuthProtocol protocol,
    @Nullable String name,
    @Nullable String description,
    @Nullable Boolean global,
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
    @Nullable Map<String, Object> oidcAccessClaims,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public AuthConfigPayload {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder with nothing set yet (the API requires no field; an update built so changes nothing). */
  public static Builder builder() {
    return new Builder();
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link AuthConfigPayload}. */
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
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {
    }

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

    public Builder idpEntityId(String idpEntityId) {
      this.idpEntityId = idpEntityId;
      return this;
    }

    public Builder idpSsoTargetUrl(String idpSsoTargetUrl) {
      this.idpSsoTargetUrl = idpSsoTargetUrl;
      return this;
    }

    public Builder idpSloTargetUrl(String idpSloTargetUrl) {
      this.idpSloTargetUrl = idpSloTargetUrl;
      return this;
    }

    public Builder idpCert(String idpCert) {
      this.idpCert = idpCert;
      return this;
    }

    public Builder securitySettings(Map<String, ?> securitySettings) {
      this.securitySettings = Collections.unmodifiableMap(new LinkedHashMap<>(securitySettings));
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

    public Builder oidcIdClaims(Map<String, ?> oidcIdClaims) {
      this.oidcIdClaims = Collections.unmodifiableMap(new LinkedHashMap<>(oidcIdClaims));
      return this;
    }

    public Builder oidcAccessClaims(Map<String, ?> oidcAccessClaims) {
      this.oidcAccessClaims = Collections.unmodifiableMap(new LinkedHashMap<>(oidcAccessClaims));
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public AuthConfigPayload build() {
      return new AuthConfigPayload(ownerId, orgId, uid, protocol, name, description, global, enabledByDefault, autoCreateUsersEnabled, nameIdentifierFormat, nexlaBaseUrl, serviceEntityId, assertionConsumerUrl, idpEntityId, idpSsoTargetUrl, idpSloTargetUrl, idpCert, securitySettings, metadata, oidcDomain, oidcKeysUrlKey, oidcIdClaims, oidcAccessClaims, extra);
    }
  }
}
