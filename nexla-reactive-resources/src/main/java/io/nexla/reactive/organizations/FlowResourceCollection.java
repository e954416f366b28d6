package io.nexla.reactive.organizations;

/** The flow-bearing collections a per-resource-type path ({@code {rt}}) may name. */
public enum FlowResourceCollection {
  DATA_SOURCES("data_sources"),
  DATA_SETS("data_sets"),
  DATA_SINKS("data_sinks");

  private final String pathSegment;

  FlowResourceCollection(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** The collection's path segment, e.g. {@code data_sources}. */
  public String pathSegment() {
    return pathSegment;
  }
}
