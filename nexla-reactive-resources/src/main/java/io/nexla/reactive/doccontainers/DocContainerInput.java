package io.nexla.reactive.doccontainers;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of a doc container create or update. {@code text} (e.g. markdown) is sent exactly as given, whitespace
 * included; {@code docType} defaults to {@code md} and is always sent.
 */
public record DocContainerInput(String name, String text, String docType, @Nullable String description) {

  public DocContainerInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    docType = docType == null ? "md" : docType;
  }

  /** A markdown document. */
  public static DocContainerInput markdown(String name, String text) {
    return new DocContainerInput(name, text, "md", null);
  }
}
