package io.nexla.reactive.projects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
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

  /** Builder of {@link ProjectUpdate}: the fields set; the others stay unchanged. */
  public static final class Builder extends ProjectFieldsBuilder<Builder> {
    private @Nullable String name;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public ProjectUpdate build() {
      return new ProjectUpdate(name, description, dataFlows, extra);
    }
  }
}
