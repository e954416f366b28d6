package io.nexla.reactive.flows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which credentials a copied flow should use instead of the originals, keyed by the ids of the <em>original</em>
 * sources and destinations; resources not mentioned keep the original credential. Optionally the copy is added
 * to a project.
 *
 * @param sources original source id → credential id for its copy
 * @param destinations original destination id → credential id for its copy
 * @param projectId project to add the copied flow to, or {@code null}
 */
public record CredentialReplacement(
    Map<Long, Long> sources, Map<Long, Long> destinations, @Nullable Long projectId) {

  public CredentialReplacement {
    sources = sources == null ? Map.of() : Map.copyOf(sources);
    destinations = destinations == null ? Map.of() : Map.copyOf(destinations);
  }

  /** No replacement yet. */
  public static CredentialReplacement none() {
    return new CredentialReplacement(Map.of(), Map.of(), null);
  }

  /** The copy of source {@code originalSourceId} uses credential {@code credentialId}. */
  public CredentialReplacement source(long originalSourceId, long credentialId) {
    Map<Long, Long> more = new LinkedHashMap<>(sources);
    more.put(originalSourceId, credentialId);
    return new CredentialReplacement(more, destinations, projectId);
  }

  /** The copy of destination {@code originalDestinationId} uses credential {@code credentialId}. */
  public CredentialReplacement destination(long originalDestinationId, long credentialId) {
    Map<Long, Long> more = new LinkedHashMap<>(destinations);
    more.put(originalDestinationId, credentialId);
    return new CredentialReplacement(sources, more, projectId);
  }

  /** The copied flow is added to this project. */
  public CredentialReplacement inProject(long projectId) {
    return new CredentialReplacement(sources, destinations, projectId);
  }
}
