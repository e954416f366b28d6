package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Kind of flow ({@code flow_type}; lower case on the wire). Unknown values decode to a new instance and are sent back as received. */
public final class FlowType extends ExpandableValue {

  public static final FlowType BATCH = of("batch");
  public static final FlowType STREAMING = of("streaming");
  public static final FlowType REAL_TIME = of("real_time");

  private FlowType(String value) {
    super(value);
  }

  /** The value for this wire string (known or not). */
  @JsonCreator
  public static FlowType of(String value) {
    return new FlowType(value);
  }
}
