package io.nexla.reactive.codecontainers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step of a container's {@code code} array, e.g.
 * {@code {"operation": "nexla.custom", "spec": {"language": "python", "encoding": "base64", "script": "…"}}}.
 * The spec (and any script in it) is kept exactly as given: never trimmed or re-encoded.
 *
 * @param operation operation name, e.g. {@code nexla.custom} or {@code map}
 * @param spec operation specification, free-form
 * @param additionalProperties fields this version of the client does not know
 */
@NexlaModel
public record CodeOperation(
    @JsonProperty("operation") @Nullable String operation,
    @JsonProperty("spec") Map<String, Object> spec,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public CodeOperation {
    spec = Models.map(spec);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** An operation with the given spec. */
  public static CodeOperation of(String operation, Map<String, Object> spec) {
    return new CodeOperation(operation, spec, null);
  }

  /**
   * A {@code nexla.custom} step running a script: {@code spec = {language, encoding, script}}.
   *
   * @param language e.g. {@code python}
   * @param encoding how {@code script} is encoded, e.g. {@code base64}
   * @param script the script, sent verbatim
   */
  public static CodeOperation customScript(String language, String encoding, String script) {
    return of("nexla.custom", Map.of("language", language, "encoding", encoding, "script", script));
  }
}
