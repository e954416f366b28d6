package io.nexla.reactive.lookups;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Value type of a lookup ({@code data_type}). Unknown values decode to a new instance and are sent back as received. */
public final class LookupDataType extends ExpandableValue {

  public static final LookupDataType STRING = of("string");
  public static final LookupDataType INTEGER = of("integer");
  public static final LookupDataType NUMBER = of("number");
  public static final LookupDataType LOOKUP = of("lookup");

  private LookupDataType(String value) {
    super(value);
  }

  /** The value for this wire string (known or not). */
  @JsonCreator
  public static LookupDataType of(String value) {
    return new LookupDataType(value);
  }
}
