package io.nexla.reactive.dataschemas;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /data_schemas/{id}}: only the fields set are sent, so only they change. Start with
 * {@link #builder()}.
 *
 * @param name a new name
 * @param schema a new JSON schema, sent as given
 * @param additionalProperties other top-level fields, sent as given
 */
public record DataSchemaUpdate(
    @Nullable String name,
    @Nullable Map<String, Object> schema,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DataSchemaUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link DataSchemaUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable Map<String, Object> schema;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
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

    public DataSchemaUpdate build() {
      return new DataSchemaUpdate(name, schema, extra);
    }
  }
}
