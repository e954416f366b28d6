package io.nexla.reactive.common;

import io.nexla.reactive.core.paging.PagedFlux;

/**
 * A collection whose items keep an audit log ({@code GET {P}/{id}/audit_log}).
 *
 * @param <T> item model
 */
public interface Audited<T> extends HasResourceOperations<T> {

  /**
   * Emits the whole audit log of the item, paged lazily. Cold. Signals {@code NotFoundException}, other
   * {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException} or
   * {@code NexlaDecodeException}.
   */
  default PagedFlux<AuditLogEntry> auditLog(long id) {
    return resourceOperations().auditLog(id, AuditLogQuery.ALL, ListOptions.DEFAULTS);
  }

  /** Like {@link #auditLog(long)}, filtered by day range, event or changed field. */
  default PagedFlux<AuditLogEntry> auditLog(long id, AuditLogQuery query) {
    return resourceOperations().auditLog(id, query, ListOptions.DEFAULTS);
  }
}
