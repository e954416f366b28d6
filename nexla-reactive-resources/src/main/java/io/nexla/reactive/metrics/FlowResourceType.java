package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonValue;

/** The flow-bearing collections whose metrics and logs can be read: the {@code {rt}} path segment. */
public enum FlowResourceType {
  DATA_SOURCES("data_sources"),
  DATA_SETS("data_sets"),
  DATA_SINKS("data_sinks");

  private final String path;

  FlowResourceType(String path) {
    this.path = path;
  }

  /** The collection name as it appears in the path, e.g. {@code data_sources}. */
  @JsonValue
  public String path() {
    return path;
  }
}
