package io.nexla.reactive.nexsets;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One document of a docs update. The text is sent exactly as given.
 *
 * @param name document name
 * @param text content
 * @param docType format, {@code md} by default
 * @param description optional description
 */
public record NexsetDocInput(String name, String text, String docType, @Nullable String description) {

  /** The markdown document type. */
  public static final String MARKDOWN = "md";

  public NexsetDocInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(docType, "docType");
  }

  /** A markdown document. */
  public static NexsetDocInput markdown(String name, String text) {
    return new NexsetDocInput(name, text, MARKDOWN, null);
  }
}
