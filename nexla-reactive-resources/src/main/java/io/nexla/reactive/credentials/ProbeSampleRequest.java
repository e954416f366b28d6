package io.nexla.reactive.credentials;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What to sample when probing a credential: a {@code path}, and any other field sent verbatim. */
public record ProbeSampleRequest(@Nullable String path, @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ProbeSampleRequest {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Samples the object at {@code path}. */
  public static ProbeSampleRequest path(String path) {
    return new ProbeSampleRequest(path, null);
  }

  /** This request with another field (e.g. {@code max_rows}). */
  public ProbeSampleRequest with(String field, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(additionalProperties);
    more.put(field, value);
    return new ProbeSampleRequest(path, more);
  }
}
