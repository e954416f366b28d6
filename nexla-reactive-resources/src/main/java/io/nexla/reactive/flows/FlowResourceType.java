package io.nexla.reactive.flows;

import io.nexla.reactive.destinations.Destination;
import io.nexla.reactive.nexsets.Nexset;
import io.nexla.reactive.sources.Source;
import java.util.List;

/**
 * A flow-bearing resource collection, used in the per-resource flow calls ({@code /{rt}/{id}/flow…}). Exactly
 * three exist, so an invalid collection cannot be expressed; each knows the model of its resources.
 *
 * @param <T> model of the collection's resources
 */
public final class FlowResourceType<T> {

  /** Sources, {@code data_sources}. */
  public static final FlowResourceType<Source> SOURCES = new FlowResourceType<>("data_sources", Source.class);
  /** Nexsets, {@code data_sets}. */
  public static final FlowResourceType<Nexset> NEXSETS = new FlowResourceType<>("data_sets", Nexset.class);
  /** Destinations, {@code data_sinks}. */
  public static final FlowResourceType<Destination> DESTINATIONS =
      new FlowResourceType<>("data_sinks", Destination.class);

  private final String pathSegment;
  private final Class<T> modelType;

  private FlowResourceType(String pathSegment, Class<T> modelType) {
    this.pathSegment = pathSegment;
    this.modelType = modelType;
  }

  /** The three flow-bearing collections. */
  public static List<FlowResourceType<?>> values() {
    return List.of(SOURCES, NEXSETS, DESTINATIONS);
  }

  /** The collection's path segment, e.g. {@code data_sources}. */
  public String pathSegment() {
    return pathSegment;
  }

  /** The model of the collection's resources. */
  public Class<T> modelType() {
    return modelType;
  }

  @Override
  public String toString() {
    return pathSegment;
  }
}
