package io.nexla.reactive.credentials;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /data_credentials/{id}}: fields left {@code null} are not sent and stay unchanged. Start
 * with {@link #builder()} for a partial update (e.g. a rotated key), or with {@link #builder(Credential)} to send
 * back everything a fetched credential holds. {@link #toString()} never shows {@code credentials} or other
 * fields, which may hold secrets.
 *
 * <pre>{@code
 * CredentialUpdate.builder().credentials(Map.of("secret_access_key", rotated)).build();
 * }</pre>
 *
 * @param additionalProperties other top-level fields, sent as given
 */
public record CredentialUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> credentials,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public CredentialUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from every field of {@code credential}, unknown ones included. */
  public static Builder builder(Credential credential) {
    CredentialUpdate all = NexlaJson.mapper().convertValue(credential, CredentialUpdate.class);
    Builder builder = new Builder();
    builder.name = all.name;
    builder.description = all.description;
    builder.credentials = all.credentials == null ? null : new LinkedHashMap<>(all.credentials);
    builder.extra.putAll(all.additionalProperties);
    return builder;
  }

  @Override
  public String toString() {
    return "CredentialUpdate[name=" + name + ", credentials=<redacted>, fields=" + additionalProperties.keySet()
        + "]";
  }

  /** Builder of {@link CredentialUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Map<String, Object> credentials;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Replaces the secret {@code credentials} map (e.g. a rotated key). */
    public Builder credentials(Map<String, ?> credentials) {
      this.credentials = new LinkedHashMap<>(credentials);
      return this;
    }

    /** Sets one key of the {@code credentials} to send; they are sent whole. */
    public Builder secret(String key, Object value) {
      if (credentials == null) {
        credentials = new LinkedHashMap<>();
      }
      credentials.put(key, value);
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public CredentialUpdate build() {
      return new CredentialUpdate(name, description, credentials, extra);
    }
  }
}
