package io.nexla.reactive.projects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /projects}: {@code name} is required; {@code data_flows} is always sent (empty when none),
 * {@code description} only when set.
 *
 * <pre>{@code
 * ProjectCreate orders = ProjectCreate.builder("orders").description("Order pipelines")
 *     .dataFlows(List.of(DataFlowRef.source(12))).build();
 * }</pre>
 *
 * @param name the project's name
 * @param description a description, or {@code null} to send none
 * @param dataFlows the flows the project starts with
 * @param additionalProperties other top-level fields, sent as given
 */
public record ProjectCreate(
    String name,
    @Nullable String description,
    List<DataFlowRef> dataFlows,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ProjectCreate {
    Objects.requireNonNull(name, "name");
    dataFlows = dataFlows == null ? List.of() : List.copyOf(dataFlows);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for a project named {@code name}, with no flows yet. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Names the fields set, never their values. */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link ProjectCreate}: the name it was started with, and the fields set. */
  public static final class Builder extends ProjectFieldsBuilder<Builder> {
    private final String name;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public ProjectCreate build() {
      return new ProjectCreate(name, description, dataFlows == null ? List.of() : dataFlows, extra);
    }
  }
}
