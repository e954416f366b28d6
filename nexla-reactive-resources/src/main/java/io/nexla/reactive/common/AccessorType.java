package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Who an access-control entry grants access to. */
public final class AccessorType extends ExpandableValue {

  public static final AccessorType USER = of("USER");
  public static final AccessorType TEAM = of("TEAM");
  public static final AccessorType ORG = of("ORG");

  private AccessorType(String value) {
    super(value);
  }

  @JsonCreator
  public static AccessorType of(String value) {
    return new AccessorType(value);
  }
}
