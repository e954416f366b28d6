package io.nexla.reactive.core.paging;

import io.nexla.reactive.core.error.NexlaException;

/**
 * The server's pages are inconsistent in a way that would otherwise loop forever or silently lose items: the
 * same page came back twice (the server ignores {@code page}), or its metadata promises items it never returns.
 * Items emitted before this error are valid.
 */
public class PaginationException extends NexlaException {

  private static final long serialVersionUID = 1L;

  private final int page;

  public PaginationException(String message, int page) {
    super(message);
    this.page = page;
  }

  /** The 1-based page number at which the inconsistency was detected. */
  public int page() {
    return page;
  }
}
