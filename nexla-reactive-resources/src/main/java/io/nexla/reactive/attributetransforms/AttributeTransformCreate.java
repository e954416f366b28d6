package io.nexla.reactive.attributetransforms;

import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeRequest;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import java.util.Map;

/**
 * Body of {@code POST /attribute_transforms}: a name, output type, code type, code encoding and the code (a
 * single string) are required; {@code reusable} is sent as {@code true} unless set. Fields not set are not sent;
 * code is sent exactly as given.
 */
public final class AttributeTransformCreate extends CodeRequest {

  private AttributeTransformCreate(Map<String, Object> fields) {
    super(fields);
  }

  /** A builder with everything a create needs. */
  public static Builder builder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
      String code) {
    return new Builder(name, outputType, codeType, codeEncoding, code);
  }

  /** Builder of {@link AttributeTransformCreate}. */
  public static final class Builder extends CodeRequest.CreateBuilder<Builder> {

    private Builder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
        String code) {
      super(name, outputType, codeType, codeEncoding, code);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The request; {@code NullPointerException} naming the first required part that is {@code null}. */
    public AttributeTransformCreate build() {
      return new AttributeTransformCreate(createFields());
    }
  }
}
