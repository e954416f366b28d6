package io.nexla.reactive.codecontainers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the request bodies of code containers, transforms and attribute transforms share: the fields that were
 * set, by JSON name, in the order they were set. Only those are sent (so an update changes only them), and values,
 * code above all, are sent exactly as given. Immutable.
 */
public abstract class CodeRequest {

  private final Map<String, Object> fields;

  protected CodeRequest(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The fields sent, by JSON name, in the order they were set. */
  @JsonAnyGetter
  public final Map<String, Object> fields() {
    return fields;
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((CodeRequest) o).fields.equals(fields);
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

  /**
   * The setters every code request builder has. Each sets one field by its JSON name; setting it again replaces
   * the value and keeps its place.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Builder<B extends Builder<B>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    protected Builder() {}

    /** This builder, as its concrete type. */
    protected abstract B self();

    /** Sets {@code jsonName} to {@code value}, sent as given. */
    protected final B set(String jsonName, @Nullable Object value) {
      fields.put(jsonName, value);
      return self();
    }

    /** The fields set so far, in order: {@code required} first, then the others. */
    protected final Map<String, Object> fieldsAfter(Map<String, Object> required) {
      Map<String, Object> all = new LinkedHashMap<>(required);
      all.putAll(fields);
      return all;
    }

    public final B description(String description) {
      return set("description", description);
    }

    /** Whether others may reuse it. */
    public final B reusable(boolean reusable) {
      return set("reusable", reusable);
    }

    public final B codeConfig(Map<String, ?> codeConfig) {
      return set("code_config", new LinkedHashMap<>(codeConfig));
    }

    public final B customConfig(Map<String, ?> customConfig) {
      return set("custom_config", new LinkedHashMap<>(customConfig));
    }

    /** The credential the code reads with. */
    public final B dataCredentialsId(long credentialId) {
      return set("data_credentials_id", credentialId);
    }

    /** The credential of the runtime the code runs in. */
    public final B runtimeDataCredentialsId(long credentialId) {
      return set("runtime_data_credentials_id", credentialId);
    }

    /** Any other top-level field by its JSON name, sent as given ({@code null} is sent as JSON {@code null}). */
    public final B field(String jsonName, @Nullable Object value) {
      return set(jsonName, value);
    }
  }

  /**
   * The builder of a create, started with the parts every create requires: name, output type, code type, code
   * encoding and code. They are sent first, then {@code reusable} ({@code true} unless set), then the fields set.
   *
   * @param <B> the concrete builder
   */
  public abstract static class CreateBuilder<B extends CreateBuilder<B>> extends Builder<B> {
    private final String name;
    private final OutputType outputType;
    private final CodeType codeType;
    private final CodeEncoding codeEncoding;
    private final Object code;

    protected CreateBuilder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
        Object code) {
      this.name = name;
      this.outputType = outputType;
      this.codeType = codeType;
      this.codeEncoding = codeEncoding;
      this.code = code;
    }

    /** The fields to send; {@code NullPointerException} naming the first required part that is {@code null}. */
    protected final Map<String, Object> createFields() {
      Map<String, Object> required = new LinkedHashMap<>();
      required.put("name", Objects.requireNonNull(name, "name"));
      required.put("output_type", Objects.requireNonNull(outputType, "outputType"));
      required.put("code_type", Objects.requireNonNull(codeType, "codeType"));
      required.put("code_encoding", Objects.requireNonNull(codeEncoding, "codeEncoding"));
      Object given = Objects.requireNonNull(code, "code");
      required.put("code", given instanceof List<?> operations ? List.copyOf(operations) : given);
      required.put("reusable", true);
      return fieldsAfter(required);
    }
  }

  /**
   * The builder of an update: every field optional, the ones set are sent.
   *
   * @param <B> the concrete builder
   */
  public abstract static class UpdateBuilder<B extends UpdateBuilder<B>> extends Builder<B> {

    protected UpdateBuilder() {}

    public final B name(String name) {
      return set("name", name);
    }

    public final B outputType(OutputType outputType) {
      return set("output_type", outputType);
    }

    public final B codeType(CodeType codeType) {
      return set("code_type", codeType);
    }

    public final B codeEncoding(CodeEncoding codeEncoding) {
      return set("code_encoding", codeEncoding);
    }

    /** The fields set, in the order they were set. */
    protected final Map<String, Object> updateFields() {
      return fieldsAfter(Map.of());
    }
  }
}
