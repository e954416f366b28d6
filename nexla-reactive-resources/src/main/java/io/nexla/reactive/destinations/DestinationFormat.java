package io.nexla.reactive.destinations;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** File format a destination writes ({@code sink_format}). Unknown values decode to a new instance and are sent back as received. */
public final class DestinationFormat extends ExpandableValue {

  public static final DestinationFormat JSON = of("json");
  public static final DestinationFormat CSV = of("csv");
  public static final DestinationFormat PARQUET = of("parquet");
  public static final DestinationFormat AVRO = of("avro");
  public static final DestinationFormat XML = of("xml");
  public static final DestinationFormat DELIMITED = of("delimited");
  public static final DestinationFormat FIXED_WIDTH = of("fixed_width");

  private DestinationFormat(String value) {
    super(value);
  }

  /** The value for this wire string (known or not). */
  @JsonCreator
  public static DestinationFormat of(String value) {
    return new DestinationFormat(value);
  }
}
