package io.nexla.reactive.users;

import io.nexla.reactive.common.AccessRole;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a flow status metrics query (users and organisations). Every field is optional; with none set the
 * request carries no query string at all.
 *
 * @param accessRole whose flows count: {@code owner} (server default), {@code collaborator}, {@code admin},
 *     {@code member}
 * @param from first day (sent as {@code YYYY-MM-DD})
 * @param page page number, from 1
 * @param perPage page size
 * @param extraParameters further query parameters, sent first and verbatim
 */
public record FlowStatusMetricsQuery(
    @Nullable AccessRole accessRole, @Nullable LocalDate from, @Nullable Integer page, @Nullable Integer perPage,
    Map<String, String> extraParameters) {

  /** No filter. */
  public static final FlowStatusMetricsQuery ALL = new FlowStatusMetricsQuery(null, null, null, null, Map.of());

  public FlowStatusMetricsQuery {
    extraParameters = extraParameters == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extraParameters));
  }

  /** Metrics for the flows visible under this role. */
  public static FlowStatusMetricsQuery forRole(AccessRole accessRole) {
    return new FlowStatusMetricsQuery(accessRole, null, null, null, Map.of());
  }

  /** The query parameters in the order they are sent; absent values are left out. */
  public Map<String, Object> toQuery() {
    Map<String, Object> query = new LinkedHashMap<>(extraParameters);
    put(query, "access_role", accessRole == null ? null : accessRole.value());
    put(query, "from", from);
    put(query, "page", page);
    put(query, "per_page", perPage);
    return query;
  }

  private static void put(Map<String, Object> query, String name, @Nullable Object value) {
    if (value != null) {
      query.put(name, value);
    }
  }
}
