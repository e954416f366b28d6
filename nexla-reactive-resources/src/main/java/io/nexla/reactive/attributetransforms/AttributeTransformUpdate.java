package io.nexla.reactive.attributetransforms;

import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeRequest;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import java.util.Map;

/**
 * Body of {@code PUT /attribute_transforms/{id}}: only the fields set are sent, so only they change; code is sent exactly as
 * given. Start with {@link #builder()}.
 */
public final class AttributeTransformUpdate extends CodeRequest {

  private AttributeTransformUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /** A builder changing nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link AttributeTransformUpdate}. */
  public static final class Builder extends CodeRequest.Builder<Builder> {

    private Builder() {}

    public Builder name(String name) {
      return set("name", name);
    }

    public Builder outputType(OutputType outputType) {
      return set("output_type", outputType);
    }

    public Builder codeType(CodeType codeType) {
      return set("code_type", codeType);
    }

    public Builder codeEncoding(CodeEncoding codeEncoding) {
      return set("code_encoding", codeEncoding);
    }

    public Builder code(String code) {
      return set("code", code);
    }

    @Override
    protected Builder self() {
      return this;
    }

    public AttributeTransformUpdate build() {
      return new AttributeTransformUpdate(fieldsAfter(Map.of()));
    }
  }
}
