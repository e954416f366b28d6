package io.nexla.reactive.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of a list call: page size, an {@code access_role} filter, and extra query parameters passed through
 * verbatim (the API accepts resource-specific filters). Immutable.
 */
public final class ListOptions {

  /** Client defaults: the configured page size, no filters. */
  public static final ListOptions DEFAULTS = builder().build();

  private final @Nullable Integer pageSize;
  private final @Nullable AccessRole accessRole;
  private final Map<String, String> extraParameters;

  private ListOptions(Builder b) {
    this.pageSize = b.pageSize;
    this.accessRole = b.accessRole;
    this.extraParameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code per_page}; the client's configured default when empty. */
  public Optional<Integer> pageSize() {
    return Optional.ofNullable(pageSize);
  }

  public Optional<AccessRole> accessRole() {
    return Optional.ofNullable(accessRole);
  }

  public Map<String, String> extraParameters() {
    return extraParameters;
  }

  @Override
  public String toString() {
    return "ListOptions[pageSize=" + pageSize + ", accessRole=" + accessRole + ", extra=" + extraParameters + "]";
  }

  /** Builder of {@link ListOptions}. */
  public static final class Builder {
    private @Nullable Integer pageSize;
    private @Nullable AccessRole accessRole;
    private final Map<String, String> extra = new LinkedHashMap<>();

    private Builder() {}

    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1");
      }
      this.pageSize = pageSize;
      return this;
    }

    public Builder accessRole(AccessRole accessRole) {
      this.accessRole = accessRole;
      return this;
    }

    /** An extra query parameter sent as given. */
    public Builder parameter(String name, String value) {
      extra.put(name, value);
      return this;
    }

    public ListOptions build() {
      return new ListOptions(this);
    }
  }
}
