package io.nexla.reactive.dataschemas;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /data_schemas}. The API defines no request model for schemas: {@code name} and
 * {@code schema} are the fields it is known to read, anything else goes through {@link Builder#field}. Fields left
 * {@code null} are not sent.
 *
 * @param name the schema's name
 * @param schema the JSON schema, sent as given
 * @param additionalProperties other top-level fields, sent as given
 */
public record DataSchemaCreate(
    String name,
    @Nullable Map<String, Object> schema,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DataSchemaCreate {
    Objects.requireNonNull(name, "name");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builder of {@link DataSchemaCreate}. */
  public static final class Builder {
    private final String name;
    private @Nullable Map<String, Object> schema;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder schema(Map<String, ?> schema) {
      this.schema = new LinkedHashMap<>(schema);
      return this;
    }

    /** Any other top-level field, sent as given. */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public DataSchemaCreate build() {
      return new DataSchemaCreate(name, schema, extra);
    }
  }
}
