package io.nexla.reactive.attributetransforms;

import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeRequest;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
  public static final class Builder extends CodeRequest.Builder<Builder> {
    private final String name;
    private final OutputType outputType;
    private final CodeType codeType;
    private final CodeEncoding codeEncoding;
    private final String code;

    private Builder(String name, OutputType outputType, CodeType codeType, CodeEncoding codeEncoding,
        String code) {
      this.name = name;
      this.outputType = outputType;
      this.codeType = codeType;
      this.codeEncoding = codeEncoding;
      this.code = code;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The request; {@code NullPointerException} naming the first required part that is {@code null}. */
    public AttributeTransformCreate build() {
      Map<String, Object> required = new LinkedHashMap<>();
      required.put("name", Objects.requireNonNull(name, "name"));
      required.put("output_type", Objects.requireNonNull(outputType, "outputType"));
      required.put("code_type", Objects.requireNonNull(codeType, "codeType"));
      required.put("code_encoding", Objects.requireNonNull(codeEncoding, "codeEncoding"));
      required.put("code", Objects.requireNonNull(code, "code"));
      required.put("reusable", true);
      return new AttributeTransformCreate(fieldsAfter(required));
    }
  }
}
