package io.nexla.reactive.codecontainers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields shared by create and update requests of code containers, transforms and attribute transforms.
 * Immutable: every setter returns a new request. Only fields that were set are sent (so an update changes
 * only them); each field has its explicit JSON name, and values, code above all, are sent exactly as given.
 *
 * @param <R> the concrete request type
 */
public abstract class CodeRequest<R extends CodeRequest<R>> {

  private final Map<String, Object> fields;

  protected CodeRequest(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A request of the concrete type holding {@code fields}. */
  protected abstract R withFields(Map<String, Object> fields);

  /** A copy with {@code jsonName} set to {@code value}, or removed for {@code null}. */
  protected final R with(String jsonName, @Nullable Object value) {
    Map<String, Object> next = new LinkedHashMap<>(fields);
    if (value == null) {
      next.remove(jsonName);
    } else {
      next.put(jsonName, value);
    }
    return withFields(next);
  }

  /** The fields sent, by JSON name, in the order they were set. */
  @JsonAnyGetter
  public final Map<String, Object> fields() {
    return fields;
  }

  public final R name(String name) {
    return with("name", name);
  }

  public final R description(@Nullable String description) {
    return with("description", description);
  }

  public final R outputType(OutputType outputType) {
    return with("output_type", outputType);
  }

  public final R codeType(CodeType codeType) {
    return with("code_type", codeType);
  }

  public final R codeEncoding(CodeEncoding codeEncoding) {
    return with("code_encoding", codeEncoding);
  }

  /** Whether others may reuse it; the server default is {@code true}. */
  public final R reusable(boolean reusable) {
    return with("reusable", reusable);
  }

  public final R codeConfig(Map<String, Object> codeConfig) {
    return with("code_config", codeConfig);
  }

  public final R customConfig(Map<String, Object> customConfig) {
    return with("custom_config", customConfig);
  }

  public final R dataCredentialsId(long credentialId) {
    return with("data_credentials_id", credentialId);
  }

  public final R runtimeDataCredentialsId(long credentialId) {
    return with("runtime_data_credentials_id", credentialId);
  }

  /** Any other field by its JSON name, sent verbatim ({@code null} removes it). */
  public final R field(String jsonName, @Nullable Object value) {
    return with(jsonName, value);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((CodeRequest<?>) o).fields.equals(fields);
  }

  @Override
  public final int hashCode() {
    return fields.hashCode();
  }

  /** Names the fields set, not their values (code may be long; configs may hold credentials). */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + fields.keySet();
  }
}
