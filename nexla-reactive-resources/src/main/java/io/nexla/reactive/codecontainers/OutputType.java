package io.nexla.reactive.codecontainers;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** What a transform produces ({@code output_type}). Unknown values are kept as sent. */
public final class OutputType extends ExpandableValue {

  public static final OutputType RECORD = of("record");
  public static final OutputType ATTRIBUTE = of("attribute");
  public static final OutputType CUSTOM = of("custom");
  public static final OutputType JSON = of("json");

  private OutputType(String value) {
    super(value);
  }

  @JsonCreator
  public static OutputType of(String value) {
    return new OutputType(value);
  }
}
