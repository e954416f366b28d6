package io.nexla.reactive.transforms;

import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeOperation;
import io.nexla.reactive.codecontainers.CodeRequest;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /transforms} (start with {@link #create}) or {@code PUT /transforms/{id}} (start with
 * {@link #update()}: only the fields set are changed).
 */
public final class TransformRequest extends CodeRequest<TransformRequest> {

  private TransformRequest(Map<String, Object> fields) {
    super(fields);
  }

  /** A create request with the required fields; {@code reusable} is sent as {@code true} unless changed. */
  public static TransformRequest create(String name, OutputType outputType, CodeType codeType,
      CodeEncoding codeEncoding, List<CodeOperation> code) {
    return new TransformRequest(Map.of()).code(code).name(name).outputType(outputType).codeType(codeType)
        .codeEncoding(codeEncoding).reusable(true);
  }

  /** An update request changing nothing yet. */
  public static TransformRequest update() {
    return new TransformRequest(Map.of());
  }

  public TransformRequest code(List<CodeOperation> code) {
    return with("code", List.copyOf(code));
  }

  @Override
  protected TransformRequest withFields(Map<String, Object> fields) {
    return new TransformRequest(fields);
  }
}
