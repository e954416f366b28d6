package io.nexla.reactive.transforms;

import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeOperation;
import io.nexla.reactive.codecontainers.CodeRequest;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /transforms}: a name, output type, code type, code encoding and the code operations are
 * required; {@code reusable} is sent as {@code true} unless set. Fields not set are not sent; code is sent
 * exactly as given.
 */
public final class TransformCreate extends CodeRequest {

  private TransformCreate(Map<String, Object> fields) {
    super(fields);
  }

  /** A builder with everything a create needs. */
  public static Builder builder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
      List<CodeOperation> code) {
    return new Builder(name, outputType, codeType, codeEncoding, code);
  }

  /** Builder of {@link TransformCreate}. */
  public static final class Builder extends CodeRequest.CreateBuilder<Builder> {

    private Builder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
        List<CodeOperation> code) {
      super(name, outputType, codeType, codeEncoding, code);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The request; {@code NullPointerException} naming the first required part that is {@code null}. */
    public TransformCreate build() {
      return new TransformCreate(createFields());
    }
  }
}
