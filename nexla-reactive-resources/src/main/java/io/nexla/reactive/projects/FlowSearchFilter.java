package io.nexla.reactive.projects;

/**
 * One condition of a project flow search, e.g. {@code new FlowSearchFilter("name", "contains", "orders")}. The
 * vocabulary of fields and operators is the server's.
 */
public record FlowSearchFilter(String field, String operator, Object value) {}
