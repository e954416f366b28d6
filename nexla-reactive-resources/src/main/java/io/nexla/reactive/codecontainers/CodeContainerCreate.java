package io.nexla.reactive.codecontainers;

import java.util.List;
import java.util.Map;

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
  public static final class Builder extends CodeRequest.CreateBuilder<Builder> {

    private Builder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
        List<CodeOperation> code) {
      super(name, outputType, codeType, codeEncoding, code);
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
      return new CodeContainerCreate(createFields());
    }
  }
}
