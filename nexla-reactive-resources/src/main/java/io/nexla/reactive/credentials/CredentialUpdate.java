package io.nexla.reactive.credentials;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Request to change a credential; fields left {@code null} are not sent. {@link #from(Credential)} starts from a
 * fetched credential (everything it holds, unknown fields included). {@link #toString()} never shows
 * {@code credentials} or other fields, which may hold secrets.
 */
public record CredentialUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> credentials,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public CredentialUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** An update that changes nothing yet. */
  public static CredentialUpdate empty() {
    return new CredentialUpdate(null, null, null, null);
  }

  /** An update carrying every field of {@code credential}, unknown ones included. */
  public static CredentialUpdate from(Credential credential) {
    return NexlaJson.mapper().convertValue(credential, CredentialUpdate.class);
  }

  public CredentialUpdate withName(String name) {
    return new CredentialUpdate(name, description, credentials, additionalProperties);
  }

  public CredentialUpdate withDescription(String description) {
    return new CredentialUpdate(name, description, credentials, additionalProperties);
  }

  /** Replaces the secret {@code credentials} map (e.g. a rotated key). */
  public CredentialUpdate withCredentials(Map<String, ?> credentials) {
    return new CredentialUpdate(name, description, new LinkedHashMap<>(credentials), additionalProperties);
  }

  /** Sets any other field, sent as given. */
  public CredentialUpdate with(String field, @Nullable Object value) {
    Map<String, Object> more = new LinkedHashMap<>(additionalProperties);
    more.put(field, value);
    return new CredentialUpdate(name, description, credentials, more);
  }

  @Override
  public String toString() {
    return "CredentialUpdate[name=" + name + ", credentials=<redacted>, fields=" + additionalProperties.keySet()
        + "]";
  }
}
