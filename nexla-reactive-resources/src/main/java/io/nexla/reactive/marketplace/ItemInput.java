package io.nexla.reactive.marketplace;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Publishes a nexset into a domain under a name. */
public record ItemInput(String name, @Nullable String description, long dataSetId) {

  public ItemInput {
    Objects.requireNonNull(name, "name");
  }
}
