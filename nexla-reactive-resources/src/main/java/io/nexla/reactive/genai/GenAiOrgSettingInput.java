package io.nexla.reactive.genai;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Assigns a gen-AI configuration to a usage, for the caller's organisation when {@code orgId} is {@code null}. */
public record GenAiOrgSettingInput(@Nullable Long orgId, long genAiConfigId, GenAiUsage genAiUsage) {

  public GenAiOrgSettingInput {
    Objects.requireNonNull(genAiUsage, "genAiUsage");
  }
}
