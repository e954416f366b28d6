package io.nexla.reactive.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Options of a list call: page size, an {@code access_role} filter, and extra query parameters passed through
 * verbatim (the API accepts resource-specific filters). Start from {@link #DEFAULTS} and change parts with the
 * {@code withX} methods, e.g. {@code ListOptions.DEFAULTS.withPageSize(50)}.
 *
 * @param pageSize {@code per_page}; the client's configured default when {@code null}
 * @param accessRole only items where the caller has this role, or {@code null} for no filter
 * @param extraParameters other query parameters, sent as given
 */
public record ListOptions(
    @Nullable Integer pageSize, @Nullable AccessRole accessRole, Map<String, String> extraParameters) {

  /** Client defaults: the configured page size, no filters. */
  public static final ListOptions DEFAULTS = new ListOptions(null, null, Map.of());

  public ListOptions {
    if (pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    extraParameters = extraParameters == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extraParameters));
  }

  /** These options with {@code pageSize} items per page. */
  public ListOptions withPageSize(int pageSize) {
    return new ListOptions(pageSize, accessRole, extraParameters);
  }

  /** These options listing only items where the caller has {@code accessRole}. */
  public ListOptions withAccessRole(AccessRole accessRole) {
    return new ListOptions(pageSize, accessRole, extraParameters);
  }

  /** These options with one more query parameter, sent as given. */
  public ListOptions withParameter(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(extraParameters);
    more.put(name, value);
    return new ListOptions(pageSize, accessRole, more);
  }
}
