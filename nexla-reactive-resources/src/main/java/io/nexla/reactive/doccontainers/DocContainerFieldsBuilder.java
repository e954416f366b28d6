package io.nexla.reactive.doccontainers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters {@link DocContainerCreate.Builder} and {@link DocContainerUpdate.Builder} share: the optional fields
 * of both bodies and {@code field(name, value)}. Each builder adds its own way to set the name and text and its
 * {@code build()}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class DocContainerFieldsBuilder<B extends DocContainerFieldsBuilder<B>> {
  @Nullable String docType;
  @Nullable String description;
  final Map<String, Object> extra = new LinkedHashMap<>();

  DocContainerFieldsBuilder() {
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** The format of the text ({@code md} for a document created without one). */
  public B docType(String docType) {
    this.docType = docType;
    return self();
  }

  public B description(String description) {
    this.description = description;
    return self();
  }

  /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
  public B field(String name, @Nullable Object value) {
    extra.put(name, value);
    return self();
  }
}
