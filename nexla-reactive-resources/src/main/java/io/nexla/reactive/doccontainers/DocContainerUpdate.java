package io.nexla.reactive.doccontainers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /doc_containers/{id}}: only the fields set are sent, so only they change; {@code text} is
 * sent exactly as given. Start with {@link #builder()}.
 *
 * @param name a new name
 * @param text a new body, sent exactly as given
 * @param docType a new format of {@code text}, e.g. {@code md}
 * @param description a new description
 * @param additionalProperties other top-level fields, sent as given
 */
public record DocContainerUpdate(
    @Nullable String name,
    @Nullable String text,
    @Nullable String docType,
    @Nullable String description,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DocContainerUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder changing nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link DocContainerUpdate}: every field optional. */
  public static final class Builder extends DocContainerFieldsBuilder<Builder> {
    private @Nullable String name;
    private @Nullable String text;

    private Builder() {
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public DocContainerUpdate build() {
      return new DocContainerUpdate(name, text, docType, description, extra);
    }
  }
}
