package io.nexla.reactive.doccontainers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
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

  /** Builder of {@link DocContainerCreate}: the name and text it was started with, and the optional fields set. */
  public static final class Builder extends DocContainerFieldsBuilder<Builder> {
    private final String name;
    private final String text;

    private Builder(String name, String text) {
      this.name = name;
      this.text = text;
    }

    public DocContainerCreate build() {
      return new DocContainerCreate(name, text, docType == null ? "md" : docType, description, extra);
    }
  }
}
