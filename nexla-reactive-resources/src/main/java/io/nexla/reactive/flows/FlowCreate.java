package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /flows}, which the API reference does not document: flows are normally made by creating
 * their source, nexsets and destinations. Fields left {@code null} are not sent; {@code field(name, value)} sends
 * whatever else the server expects.
 *
 * <pre>{@code
 * FlowCreate.builder().name("orders").field("flow_type", "batch").build();
 * }</pre>
 *
 * @param additionalProperties other top-level fields, sent as given
 */
public record FlowCreate(
    @Nullable String name,
    @Nullable String description,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowCreate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an empty flow body; the endpoint names no required fields. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link FlowCreate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
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

    /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public FlowCreate build() {
      return new FlowCreate(name, description, extra);
    }
  }
}
