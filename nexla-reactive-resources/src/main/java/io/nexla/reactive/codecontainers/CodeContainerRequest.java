package io.nexla.reactive.codecontainers;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /code_containers} (start with {@link #create}) or {@code PUT /code_containers/{id}} (start
 * with {@link #update()}: only the fields set are changed).
 */
public final class CodeContainerRequest extends CodeRequest<CodeContainerRequest> {

  private CodeContainerRequest(Map<String, Object> fields) {
    super(fields);
  }

  /** A create request with the required fields; {@code reusable} is sent as {@code true} unless changed. */
  public static CodeContainerRequest create(String name, OutputType outputType, CodeType codeType,
      CodeEncoding codeEncoding, List<CodeOperation> code) {
    return new CodeContainerRequest(Map.of()).name(name).outputType(outputType).codeType(codeType)
        .codeEncoding(codeEncoding).code(code).reusable(true);
  }

  /** An update request changing nothing yet. */
  public static CodeContainerRequest update() {
    return new CodeContainerRequest(Map.of());
  }

  public CodeContainerRequest code(List<CodeOperation> code) {
    return with("code", List.copyOf(code));
  }

  /** Whether the container is shared publicly. */
  public CodeContainerRequest isPublic(boolean isPublic) {
    return with("public", isPublic);
  }

  public CodeContainerRequest aiFunctionType(String aiFunctionType) {
    return with("ai_function_type", aiFunctionType);
  }

  @Override
  protected CodeContainerRequest withFields(Map<String, Object> fields) {
    return new CodeContainerRequest(fields);
  }
}
