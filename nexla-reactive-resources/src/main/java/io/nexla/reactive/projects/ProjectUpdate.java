package io.nexla.reactive.projects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /projects/{id}}: fields left {@code null} are not sent and stay unchanged. Start with
 * {@link #builder()}.
 *
 * @param dataFlows a new list of the project's flows, replacing the old one
 * @param additionalProperties other top-level fields, sent as given
 */
public record ProjectUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable List<DataFlowRef> dataFlows,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ProjectUpdate {
    dataFlows = dataFlows == null ? null : List.copyOf(dataFlows);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ProjectUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable List<DataFlowRef> dataFlows;
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

    /** Replaces the project's flows. */
    public Builder dataFlows(List<DataFlowRef> dataFlows) {
      this.dataFlows = List.copyOf(dataFlows);
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public ProjectUpdate build() {
      return new ProjectUpdate(name, description, dataFlows, extra);
    }
  }
}
