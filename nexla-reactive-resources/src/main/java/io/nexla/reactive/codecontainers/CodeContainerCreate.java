package io.nexla.reactive.codecontainers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of {@code POST /code_containers}: a name, output type, code type, code encoding and the code operations are
 * required; {@code reusable} is sent as {@code true} unless set. Fields not set are not sent; code is sent
 * exactly as given.
 */
public final class CodeContainerCreate extends CodeRequest {

  private CodeContainerCreate(Map<String, Object> fields) {
    super(fields);
  }

  /** A builder with everything a create needs. */
  public static Builder builder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
      List<CodeOperation> code) {
    return new Builder(name, outputType, codeType, codeEncoding, code);
  }

  /** Builder of {@link CodeContainerCreate}. */
  public static final class Builder extends CodeRequest.Builder<Builder> {
    private final String name;
    private final OutputType outputType;
    private final CodeType codeType;
    private final CodeEncoding codeEncoding;
    private final List<CodeOperation> code;

    private Builder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
        List<CodeOperation> code) {
      this.name = name;
      this.outputType = outputType;
      this.codeType = codeType;
      this.codeEncoding = codeEncoding;
      this.code = code;
    }

    /** Whether the container is shared publicly (sent as {@code public}). */
    public Builder isPublic(boolean isPublic) {
      return set("public", isPublic);
    }

    public Builder aiFunctionType(String aiFunctionType) {
      return set("ai_function_type", aiFunctionType);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The request; {@code NullPointerException} naming the first required part that is {@code null}. */
    public CodeContainerCreate build() {
      Map<String, Object> required = new LinkedHashMap<>();
      required.put("name", Objects.requireNonNull(name, "name"));
      required.put("output_type", Objects.requireNonNull(outputType, "outputType"));
      required.put("code_type", Objects.requireNonNull(codeType, "codeType"));
      required.put("code_encoding", Objects.requireNonNull(codeEncoding, "codeEncoding"));
      required.put("code", List.copyOf(Objects.requireNonNull(code, "code")));
      required.put("reusable", true);
      return new CodeContainerCreate(fieldsAfter(required));
    }
  }
}
