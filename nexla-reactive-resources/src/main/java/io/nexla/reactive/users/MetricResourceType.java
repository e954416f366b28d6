package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Resource kind of a user's daily metrics ({@code resource_type} query). Unknown values are kept as sent. */
public final class MetricResourceType extends ExpandableValue {

  public static final MetricResourceType SOURCE = of("SOURCE");
  public static final MetricResourceType SINK = of("SINK");

  private MetricResourceType(String value) {
    super(value);
  }

  @JsonCreator
  public static MetricResourceType of(String value) {
    return new MetricResourceType(value);
  }
}
