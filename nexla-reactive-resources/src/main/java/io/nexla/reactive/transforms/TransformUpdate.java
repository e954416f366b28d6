package io.nexla.reactive.transforms;

import io.nexla.reactive.codecontainers.CodeOperation;
import io.nexla.reactive.codecontainers.CodeRequest;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PUT /transforms/{id}}: only the fields set are sent, so only they change; code is sent exactly as
 * given. Start with {@link #builder()}.
 */
public final class TransformUpdate extends CodeRequest {

  private TransformUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /** A builder changing nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link TransformUpdate}. */
  public static final class Builder extends CodeRequest.UpdateBuilder<Builder> {

    private Builder() {}

    public Builder code(List<CodeOperation> code) {
      return set("code", List.copyOf(code));
    }

    @Override
    protected Builder self() {
      return this;
    }

    public TransformUpdate build() {
      return new TransformUpdate(updateFields());
    }
  }
}
