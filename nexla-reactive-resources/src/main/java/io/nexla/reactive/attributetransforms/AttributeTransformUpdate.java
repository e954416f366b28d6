package io.nexla.reactive.attributetransforms;

import io.nexla.reactive.codecontainers.CodeRequest;
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
  public static final class Builder extends CodeRequest.UpdateBuilder<Builder> {

    private Builder() {}

    public Builder code(String code) {
      return set("code", code);
    }

    @Override
    protected Builder self() {
      return this;
    }

    public AttributeTransformUpdate build() {
      return new AttributeTransformUpdate(updateFields());
    }
  }
}
