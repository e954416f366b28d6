package io.nexla.reactive.projects;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Body of a project update; fields left {@code null} are not sent and stay unchanged. */
public record ProjectUpdate(@Nullable String name, @Nullable String description,
    @Nullable List<DataFlowRef> dataFlows) {

  public ProjectUpdate {
    dataFlows = dataFlows == null ? null : List.copyOf(dataFlows);
  }

  /** Changes the name and description. */
  public static ProjectUpdate of(@Nullable String name, @Nullable String description) {
    return new ProjectUpdate(name, description, null);
  }
}
