package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;

/** What a gen-AI configuration is used for in an organisation. Unknown values are kept as sent. */
public final class GenAiUsage extends ExpandableValue {

  public static final GenAiUsage ALL = of("all");
  public static final GenAiUsage GEN_DOCS = of("gen_docs");
  public static final GenAiUsage CHECK_CODE = of("check_code");
  public static final GenAiUsage RAG = of("rag");

  private GenAiUsage(String value) {
    super(value);
  }

  @JsonCreator
  public static GenAiUsage of(String value) {
    return new GenAiUsage(value);
  }
}
