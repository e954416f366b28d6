package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** Provider type of a gen-AI integration configuration. Unknown values are kept as sent. */
public final class GenAiConfigType extends ExpandableValue {

  public static final GenAiConfigType GENAI_OPENAI = of("genai_openai");
  public static final GenAiConfigType GENAI_GOOGLEAI = of("genai_googleai");

  private GenAiConfigType(String value) {
    super(value);
  }

  @JsonCreator
  public static GenAiConfigType of(String value) {
    return new GenAiConfigType(value);
  }
}
