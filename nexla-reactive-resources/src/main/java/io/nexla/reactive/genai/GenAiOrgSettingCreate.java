package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /gen_ai_org_settings}: assigns a gen-AI configuration to a usage, for the caller's
 * organisation unless {@code orgId} is set. Fields left {@code null} are not sent.
 *
 * @param genAiConfigId the configuration to use
 * @param genAiUsage what it is used for, e.g. {@code gen_docs}
 * @param orgId the organisation, when not the caller's
 * @param additionalProperties other top-level fields, sent as given
 */
public record GenAiOrgSettingCreate(
    long genAiConfigId,
    GenAiUsage genAiUsage,
    @Nullable Long orgId,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public GenAiOrgSettingCreate {
    Objects.requireNonNull(genAiUsage, "genAiUsage");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder assigning this configuration to this usage. */
  public static Builder builder(long genAiConfigId, GenAiUsage genAiUsage) {
    return new Builder(genAiConfigId, genAiUsage);
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link GenAiOrgSettingCreate}. */
  public static final class Builder {
    private final long genAiConfigId;
    private final GenAiUsage genAiUsage;
    private @Nullable Long orgId;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(long genAiConfigId, GenAiUsage genAiUsage) {
      this.genAiConfigId = genAiConfigId;
      this.genAiUsage = genAiUsage;
    }

    /** The organisation, when not the caller's. */
    public Builder orgId(long orgId) {
      this.orgId = orgId;
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public GenAiOrgSettingCreate build() {
      return new GenAiOrgSettingCreate(genAiConfigId, genAiUsage, orgId, extra);
    }
  }
}
