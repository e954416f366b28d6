package io.nexla.reactive.credentials;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.connectors.ConnectorCredentials;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Request to create a credential. Core connectors carry their secrets in {@code credentials} (e.g. S3
 * {@code access_key_id}, {@code secret_access_key}, {@code region}); templated APIs use {@code auth_template_id},
 * {@code vendor_id} and {@code template_config}. {@link #toString()} never shows the secrets.
 *
 * <pre>{@code
 * CredentialCreate.builder("orders-bucket", CredentialType.S3)
 *     .secret("access_key_id", keyId).secret("secret_access_key", secretKey).secret("region", "us-east-1").build();
 * }</pre>
 */
public record CredentialCreate(
    String name,
    CredentialType credentialsType,
    @Nullable String description,
    @Nullable Map<String, Object> credentials,
    @Nullable Long authTemplateId,
    @Nullable Long vendorId,
    @Nullable Map<String, Object> templateConfig,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public CredentialCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(credentialsType, "credentialsType");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  public static Builder builder(String name, CredentialType credentialsType) {
    return new Builder(name, credentialsType);
  }

  /**
   * A builder for typed connector credentials (e.g. {@code S3Credentials}, {@code SnowflakeCredentials}): their
   * type becomes {@code credentials_type} and their values the secret {@code credentials} map.
   */
  public static Builder builder(String name, ConnectorCredentials credentials) {
    return new Builder(name, credentials.type()).credentials(credentials.toMap());
  }

  @Override
  public String toString() {
    return "CredentialCreate[name=" + name + ", credentialsType=" + credentialsType + ", credentials=<redacted>"
        + ", authTemplateId=" + authTemplateId + ", vendorId=" + vendorId + "]";
  }

  /** Builder of {@link CredentialCreate}. */
  public static final class Builder {
    private final String name;
    private final CredentialType credentialsType;
    private @Nullable String description;
    private @Nullable Map<String, Object> credentials;
    private @Nullable Long authTemplateId;
    private @Nullable Long vendorId;
    private @Nullable Map<String, Object> templateConfig;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name, CredentialType credentialsType) {
      this.name = name;
      this.credentialsType = credentialsType;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets one key of the secret {@code credentials} map. */
    public Builder secret(String key, Object value) {
      if (credentials == null) {
        credentials = new LinkedHashMap<>();
      }
      credentials.put(key, value);
      return this;
    }

    /** Replaces the whole secret {@code credentials} map. */
    public Builder credentials(Map<String, ?> credentials) {
      this.credentials = new LinkedHashMap<>(credentials);
      return this;
    }

    public Builder authTemplateId(long id) {
      this.authTemplateId = id;
      return this;
    }

    public Builder vendorId(long id) {
      this.vendorId = id;
      return this;
    }

    public Builder templateConfig(Map<String, ?> templateConfig) {
      this.templateConfig = new LinkedHashMap<>(templateConfig);
      return this;
    }

    /** Any other top-level field, sent as given. */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public CredentialCreate build() {
      return new CredentialCreate(name, credentialsType, description, credentials, authTemplateId, vendorId,
          templateConfig, extra);
    }
  }
}
