package io.nexla.reactive.projects;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Body of a project create; {@code dataFlows} is always sent (empty when none). */
public record ProjectCreate(String name, @Nullable String description, List<DataFlowRef> dataFlows) {

  public ProjectCreate {
    Objects.requireNonNull(name, "name");
    dataFlows = dataFlows == null ? List.of() : List.copyOf(dataFlows);
  }

  /** A project with a name only. */
  public static ProjectCreate of(String name) {
    return new ProjectCreate(name, null, List.of());
  }
}
