package io.nexla.reactive.core.paging;

/**
 * How lists are paged. Immutable.
 *
 * <p>{@link #pageSize()} is the {@code per_page} sent; {@link #prefetchPages()} the number of pages fetched ahead
 * of demand when the total is known.
 */
public final class PagingOptions {

  public static final int DEFAULT_PAGE_SIZE = 100;
  public static final int DEFAULT_PREFETCH_PAGES = 1;

  private static final PagingOptions DEFAULTS = builder().build();

  private final int pageSize;
  private final int prefetchPages;

  private PagingOptions(Builder b) {
    this.pageSize = b.pageSize;
    this.prefetchPages = b.prefetchPages;
  }

  public static PagingOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int pageSize() {
    return pageSize;
  }

  public int prefetchPages() {
    return prefetchPages;
  }

  public Builder toBuilder() {
    return new Builder().pageSize(pageSize).prefetchPages(prefetchPages);
  }

  @Override
  public String toString() {
    return "PagingOptions[pageSize=" + pageSize + ", prefetchPages=" + prefetchPages + "]";
  }

  /** Builder of {@link PagingOptions}. */
  public static final class Builder {
    private int pageSize = DEFAULT_PAGE_SIZE;
    private int prefetchPages = DEFAULT_PREFETCH_PAGES;

    private Builder() {}

    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1");
      }
      this.pageSize = pageSize;
      return this;
    }

    public Builder prefetchPages(int prefetchPages) {
      if (prefetchPages < 0) {
        throw new IllegalArgumentException("prefetchPages must not be negative");
      }
      this.prefetchPages = prefetchPages;
      return this;
    }

    public PagingOptions build() {
      return new PagingOptions(this);
    }
  }
}
