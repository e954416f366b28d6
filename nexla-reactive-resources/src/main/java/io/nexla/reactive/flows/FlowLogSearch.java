package io.nexla.reactive.flows;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search over a flow's logs ({@code POST /flows/{id}/logs_v2}). Times, size, sort and facets go in the query
 * (times as Unix seconds); the filters go in the body, each only when set.
 *
 * @param from earliest time
 * @param to latest time
 * @param size maximum number of lines
 * @param sort sort order as the server understands it (e.g. {@code desc})
 * @param facets whether to return facet counts
 * @param runIds only these runs
 * @param severities only these severities
 * @param logTypes only these log types (e.g. {@code LOG}, {@code EVENT})
 * @param searchString full-text filter
 */
public record FlowLogSearch(
    Instant from,
    @Nullable Instant to,
    @Nullable Integer size,
    @Nullable String sort,
    @Nullable Boolean facets,
    List<Long> runIds,
    List<String> severities,
    List<String> logTypes,
    @Nullable String searchString) {

  public FlowLogSearch {
    Objects.requireNonNull(from, "from");
    runIds = runIds == null ? List.of() : List.copyOf(runIds);
    severities = severities == null ? List.of() : List.copyOf(severities);
    logTypes = logTypes == null ? List.of() : List.copyOf(logTypes);
  }

  /** All lines between two instants. */
  public static FlowLogSearch between(Instant from, Instant to) {
    return new FlowLogSearch(from, to, null, null, null, null, null, null, null);
  }

  public FlowLogSearch withRunIds(Long... runIds) {
    return new FlowLogSearch(from, to, size, sort, facets, List.of(runIds), severities, logTypes, searchString);
  }

  public FlowLogSearch withSeverities(String... severities) {
    return new FlowLogSearch(from, to, size, sort, facets, runIds, List.of(severities), logTypes, searchString);
  }

  public FlowLogSearch withLogTypes(String... logTypes) {
    return new FlowLogSearch(from, to, size, sort, facets, runIds, severities, List.of(logTypes), searchString);
  }

  public FlowLogSearch withText(String searchString) {
    return new FlowLogSearch(from, to, size, sort, facets, runIds, severities, logTypes, searchString);
  }

  public FlowLogSearch withSize(int size) {
    return new FlowLogSearch(from, to, size, sort, facets, runIds, severities, logTypes, searchString);
  }

  public FlowLogSearch withSort(String sort) {
    return new FlowLogSearch(from, to, size, sort, facets, runIds, severities, logTypes, searchString);
  }

  public FlowLogSearch withFacets(boolean facets) {
    return new FlowLogSearch(from, to, size, sort, facets, runIds, severities, logTypes, searchString);
  }
}
