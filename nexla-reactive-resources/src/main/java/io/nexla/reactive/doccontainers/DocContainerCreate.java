package io.nexla.reactive.doccontainers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /doc_containers}: {@code name} and {@code text} are required; {@code doc_type} is
 * {@code md} unless changed and always sent. {@code text} (e.g. markdown) is sent exactly as given, whitespace
 * included. Fields left {@code null} are not sent.
 *
 * @param name the document's name
 * @param text the document's body, sent exactly as given
 * @param docType the format of {@code text}, {@code md} by default
 * @param description a description
 * @param additionalProperties other top-level fields, sent as given
 */
public record DocContainerCreate(
    String name,
    String text,
    String docType,
    @Nullable String description,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DocContainerCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(docType, "docType");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for a markdown document of this name and text. */
  public static Builder builder(String name, String text) {
    return new Builder(name, text);
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link DocContainerCreate}. */
  public static final class Builder {
    private final String name;
    private final String text;
    private String docType = "md";
    private @Nullable String description;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name, String text) {
      this.name = name;
      this.text = text;
    }

    /** The format of {@code text} ({@code md} unless set). */
    public Builder docType(String docType) {
      this.docType = docType;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public DocContainerCreate build() {
      return new DocContainerCreate(name, text, docType, description, extra);
    }
  }
}
