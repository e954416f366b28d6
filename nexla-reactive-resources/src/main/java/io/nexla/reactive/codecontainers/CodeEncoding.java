package io.nexla.reactive.codecontainers;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** How the {@code code} of a container is encoded ({@code code_encoding}). Unknown values are kept as sent. */
public final class CodeEncoding extends ExpandableValue {

  public static final CodeEncoding NONE = of("none");
  public static final CodeEncoding BASE64 = of("base64");
  public static final CodeEncoding UTF_8 = of("utf-8");

  private CodeEncoding(String value) {
    super(value);
  }

  @JsonCreator
  public static CodeEncoding of(String value) {
    return new CodeEncoding(value);
  }
}
