package io.nexla.reactive.genai;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of a gen-AI configuration create (see {@link #create}) or update (all fields optional). Fields left
 * {@code null} are not sent.
 *
 * @param status {@code active} or {@code paused} (update only; lower case)
 */
public record GenAiConfigInput(
    @Nullable String name,
    @Nullable GenAiConfigType type,
    @Nullable Map<String, Object> config,
    @Nullable Long dataCredentialsId,
    @Nullable String description,
    @Nullable String status) {

  public GenAiConfigInput {
    config = config == null ? null : Map.copyOf(config);
  }

  /** Everything a create needs: a name, a provider type, its settings and the credential holding its key. */
  public static GenAiConfigInput create(String name, GenAiConfigType type, Map<String, Object> config,
      long dataCredentialsId, @Nullable String description) {
    return new GenAiConfigInput(name, type, config, dataCredentialsId, description, null);
  }
}
