package io.nexla.reactive.codecontainers;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code PUT /code_containers/{id}}: only the fields set are sent, so only they change; code is sent exactly as
 * given. Start with {@link #builder()}.
 */
public final class CodeContainerUpdate extends CodeRequest {

  private CodeContainerUpdate(Map<String, Object> fields) {
    super(fields);
  }

  /** A builder changing nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link CodeContainerUpdate}. */
  public static final class Builder extends CodeRequest.UpdateBuilder<Builder> {

    private Builder() {}

    public Builder code(List<CodeOperation> code) {
      return set("code", List.copyOf(code));
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

    public CodeContainerUpdate build() {
      return new CodeContainerUpdate(updateFields());
    }
  }
}
