package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/**
 * One record of a list page could not be decoded at all: JSON {@code null}, a string or number where an object is
 * expected, a record without a whole-number id. Names the page and the record's position on it; the records
 * before it on the page were decoded (and, in a list, emitted). A list fails with it unless the caller chose to
 * skip such records ({@code PagedFlux.skipUndecodable}), in which case it is the report of the skipped record.
 */
public class UndecodableRecordException extends NexlaDecodeException {

  private static final long serialVersionUID = 1L;

  private final int page;
  private final int index;

  /**
   * @param reason what is wrong, e.g. {@code "is null"} (the message names the page and the position)
   * @param page the 1-based page number
   * @param index the 0-based index of the record within the page
   */
  public UndecodableRecordException(String reason, int page, int index, int status, @Nullable String excerpt,
      @Nullable Throwable cause) {
    super("List item " + (index + 1) + " of page " + page + " (index " + index + " on the page) " + reason,
        status, excerpt, cause);
    this.page = page;
    this.index = index;
  }

  /** The 1-based number of the page the record was on. */
  public int page() {
    return page;
  }

  /** The 0-based index of the record within its page. */
  public int index() {
    return index;
  }
}
