package io.nexla.reactive.flows;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the organisation health calls ({@code /health/org/all}, {@code /health/org/flows}). Every field is
 * optional; dates are sent as {@code YYYY-MM-DD} (UTC). Paging and sorting apply to the flow list only.
 *
 * @param orgId organisation (default: the caller's)
 * @param ownerId only flows of this owner
 * @param from first day
 * @param to last day
 * @param healthStatus only flows in this bucket: {@code GREEN}, {@code YELLOW} or {@code RED}
 * @param page page number (1-based)
 * @param size entries per page
 * @param sortBy sort field, e.g. {@code updated_at}
 * @param sortOrder {@code asc} or {@code desc}
 */
public record HealthQuery(
    @Nullable Long orgId,
    @Nullable Long ownerId,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String healthStatus,
    @Nullable Integer page,
    @Nullable Integer size,
    @Nullable String sortBy,
    @Nullable String sortOrder) {

  /** No filter: the caller's organisation, server-default period. */
  public static final HealthQuery ALL = new HealthQuery(null, null, null, null, null, null, null, null, null);

  /** This query for the days from {@code from} to {@code to}. */
  public HealthQuery withPeriod(LocalDate from, LocalDate to) {
    return new HealthQuery(orgId, ownerId, from, to, healthStatus, page, size, sortBy, sortOrder);
  }

  public HealthQuery withOrg(long orgId) {
    return new HealthQuery(orgId, ownerId, from, to, healthStatus, page, size, sortBy, sortOrder);
  }

  public HealthQuery withOwner(long ownerId) {
    return new HealthQuery(orgId, ownerId, from, to, healthStatus, page, size, sortBy, sortOrder);
  }

  public HealthQuery withHealthStatus(String healthStatus) {
    return new HealthQuery(orgId, ownerId, from, to, healthStatus, page, size, sortBy, sortOrder);
  }

  public HealthQuery withPage(int page, int size) {
    return new HealthQuery(orgId, ownerId, from, to, healthStatus, page, size, sortBy, sortOrder);
  }

  /** This query sorted by {@code sortBy}, {@code asc} or {@code desc}. */
  public HealthQuery withSort(String sortBy, String sortOrder) {
    return new HealthQuery(orgId, ownerId, from, to, healthStatus, page, size, sortBy, sortOrder);
  }
}
