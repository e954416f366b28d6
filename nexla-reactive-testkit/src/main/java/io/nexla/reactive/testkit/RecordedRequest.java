package io.nexla.reactive.testkit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as the emulator received it, with what it answered.
 *
 * @param method HTTP method, upper case
 * @param path request path below the emulator's base path (e.g. {@code /data_sources/7}), not decoded
 * @param route the route template that matched (e.g. {@code /data_sources/{id}}), or {@code null} if none
 * @param query decoded query parameters in order
 * @param headers request headers (names lower-case)
 * @param body the request body as text ({@code ""} when none)
 * @param status the status the emulator answered (0 when the connection was dropped by a fault)
 * @param processed whether the emulator applied the request to its store (false for faults that answer first)
 */
public record RecordedRequest(
    String method,
    String path,
    @Nullable String route,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String body,
    int status,
    boolean processed) {}
