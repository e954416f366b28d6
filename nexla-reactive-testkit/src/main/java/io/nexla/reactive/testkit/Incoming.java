package io.nexla.reactive.testkit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A received request, classified: which area of the server answers it and, for API paths, the matched route. */
record Incoming(
    String method, String path, @Nullable String route, Map<String, String> vars,
    Map<String, List<String>> query, Map<String, String> headers, String body, boolean pathKnown,
    Router.@Nullable Handler handler, Area area) {

  enum Area { API, TOKEN, LOGOUT, WEBHOOK, DOWNLOAD, OUTSIDE }
}
