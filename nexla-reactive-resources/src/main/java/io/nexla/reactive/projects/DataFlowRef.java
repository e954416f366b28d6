package io.nexla.reactive.projects;

import org.jspecify.annotations.Nullable;

/** A flow named by its source or by a nexset, in project requests. */
public record DataFlowRef(@Nullable Long dataSourceId, @Nullable Long dataSetId) {

  /** The flow of this source. */
  public static DataFlowRef source(long dataSourceId) {
    return new DataFlowRef(dataSourceId, null);
  }

  /** The flow through this nexset. */
  public static DataFlowRef nexset(long dataSetId) {
    return new DataFlowRef(null, dataSetId);
  }
}
