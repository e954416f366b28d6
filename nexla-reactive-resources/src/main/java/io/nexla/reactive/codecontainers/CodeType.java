package io.nexla.reactive.codecontainers;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Language or engine of a code container or transform ({@code code_type}). Unknown values are kept as sent. */
public final class CodeType extends ExpandableValue {

  public static final CodeType JOLT_STANDARD = of("jolt_standard");
  public static final CodeType JOLT_CUSTOM = of("jolt_custom");
  public static final CodeType PYTHON = of("python");
  public static final CodeType JAVASCRIPT = of("javascript");
  public static final CodeType SQL = of("sql");

  private CodeType(String value) {
    super(value);
  }

  @JsonCreator
  public static CodeType of(String value) {
    return new CodeType(value);
  }
}
