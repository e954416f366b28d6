package io.nexla.reactive.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The list filters of the documented query parameters: {@code access_role} (a role or any role above it, {@code all}
 * for everything, {@code member} for teams the caller belongs to), {@code from}/{@code to} on {@code created_at},
 * and "extras": any other parameter named like a field of the records ({@code credentials_type=s3},
 * {@code status=ACTIVE}, {@code org_id=1} matching {@code org.id}) keeps the records whose field has that value.
 */
final class QueryFilters {

  /** Parameters that steer paging, shaping or actions rather than select records. */
  static final Set<String> CONTROL = Set.of("page", "per_page", "size", "access_role", "expand", "flows_only",
      "include_run_metrics", "sort", "sort_by", "sort_order", "order", "orderby", "groupby", "from", "to", "count",
      "include_metadata", "live", "aggregate", "async", "request_id", "all", "full_tree", "facets", "api_key",
      "event_filter", "change_filter", "filter_overridden_settings", "read", "severity", "run_id", "health_status");

  private static final List<String> ROLES = List.of("collaborator", "operator", "admin", "owner");

  private QueryFilters() {}

  /** The filter the request's parameters ask for, or {@code null} when they select every record. */
  static @Nullable Predicate<ObjectNode> of(Exchange x) {
    Predicate<ObjectNode> filter = null;
    String role = x.query("access_role");
    if (role != null && !role.equalsIgnoreCase("all")) {
      filter = and(filter, r -> hasRole(r, role.toLowerCase(Locale.ROOT)));
    }
    Predicate<ObjectNode> time = timeRange(x, "created_at");
    if (time != null) {
      filter = and(filter, time);
    }
    for (Map.Entry<String, List<String>> param : x.query().entrySet()) {
      String name = param.getKey();
      if (!CONTROL.contains(name) && !param.getValue().isEmpty()) {
        String wanted = param.getValue().get(0);
        filter = and(filter, r -> matches(r, name, wanted));
      }
    }
    return filter;
  }

  /** Records whose {@code field} (ISO text or epoch) lies within {@code from}/{@code to}; null without them. */
  static @Nullable Predicate<ObjectNode> timeRange(Exchange x, String field) {
    Instant from = instant(x.query("from"), false);
    Instant to = instant(x.query("to"), true);
    if (from == null && to == null) {
      return null;
    }
    return r -> {
      Instant at = instant(r.path(field).isNumber() ? r.get(field).asString() : r.path(field).asString(null), false);
      return at == null || ((from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to)));
    };
  }

  /** A date ({@code YYYY-MM-DD}, the whole day when it ends a range), an ISO instant, or epoch seconds/ms. */
  static @Nullable Instant instant(@Nullable String text, boolean endOfDay) {
    if (text == null || text.isBlank() || text.equals("0")) {
      return null;
    }
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        long n = Long.parseLong(text);
        return n > 10_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      }
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(endOfDay ? 1 : 0);
      }
      return Instant.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean hasRole(ObjectNode record, String wanted) {
    if (wanted.equals("member")) {
      return record.path("member").asBoolean(true);
    }
    int needed = ROLES.indexOf(wanted);
    for (JsonNode role : record.path("access_roles")) {
      if (ROLES.indexOf(role.asString("")) >= needed) {
        return true;
      }
    }
    return needed < 0 && !record.has("access_roles");
  }

  private static boolean matches(ObjectNode record, String name, String wanted) {
    JsonNode value = record.get(name);
    if (value == null && name.endsWith("_id")) {
      value = record.path(name.substring(0, name.length() - 3)).get("id");
    }
    if (value == null || value.isContainer()) {
      return value != null && value.isArray() && containsText(value, wanted);
    }
    return value.asString().equalsIgnoreCase(wanted);
  }

  private static boolean containsText(JsonNode array, String wanted) {
    for (JsonNode item : array) {
      if (item.asString("").equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static Predicate<ObjectNode> and(@Nullable Predicate<ObjectNode> a, Predicate<ObjectNode> b) {
    return a == null ? b : a.and(b);
  }

}
