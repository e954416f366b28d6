package io.nexla.reactive.attributetransforms;

import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeRequest;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import java.util.Map;

/**
 * Body of {@code POST /attribute_transforms} (start with {@link #create}) or {@code PUT /attribute_transforms/{id}}
 * (start with {@link #update()}). Here {@code code} is a single string, sent exactly as given.
 */
public final class AttributeTransformRequest extends CodeRequest<AttributeTransformRequest> {

  private AttributeTransformRequest(Map<String, Object> fields) {
    super(fields);
  }

  /** A create request with the required fields; {@code reusable} is sent as {@code true} unless changed. */
  public static AttributeTransformRequest create(String name, OutputType outputType, CodeType codeType,
      CodeEncoding codeEncoding, String code) {
    return new AttributeTransformRequest(Map.of()).code(code).codeType(codeType).codeEncoding(codeEncoding)
        .name(name).outputType(outputType).reusable(true);
  }

  /** An update request changing nothing yet. */
  public static AttributeTransformRequest update() {
    return new AttributeTransformRequest(Map.of());
  }

  public AttributeTransformRequest code(String code) {
    return with("code", code);
  }

  @Override
  protected AttributeTransformRequest withFields(Map<String, Object> fields) {
    return new AttributeTransformRequest(fields);
  }
}
