package io.nexla.reactive.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters {@link ProjectCreate.Builder} and {@link ProjectUpdate.Builder} share: {@code description},
 * {@code dataFlows} and {@code field(name, value)}. Each builder adds its own way to set the name and its
 * {@code build()}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class ProjectFieldsBuilder<B extends ProjectFieldsBuilder<B>> {
  @Nullable String description;
  @Nullable List<DataFlowRef> dataFlows;
  final Map<String, Object> extra = new LinkedHashMap<>();

  ProjectFieldsBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B description(String description) {
    this.description = description;
    return self();
  }

  /** The project's flows (replaces any set before; on an update, the project's whole list). */
  public B dataFlows(List<DataFlowRef> dataFlows) {
    this.dataFlows = List.copyOf(dataFlows);
    return self();
  }

  /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
  public B field(String name, @Nullable Object value) {
    extra.put(name, value);
    return self();
  }
}
