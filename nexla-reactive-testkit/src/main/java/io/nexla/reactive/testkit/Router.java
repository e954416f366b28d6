package io.nexla.reactive.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Route templates with {@code {var}} segments; the most specific template (earliest literal segments) wins, and
 * among equally specific ones the one added last, so that group routes override the generic collection routes.
 */
final class Router {

  interface Handler {
    Reply handle(Exchange exchange);
  }

  record Route(String method, String template, String[] segments, Handler handler) {}

  record Match(@Nullable Route route, Map<String, String> vars, boolean pathKnown) {}

  private final List<Route> routes = new ArrayList<>();

  void add(String method, String template, Handler handler) {
    routes.add(new Route(method, template, split(template), handler));
  }

  Match match(String method, String path) {
    String[] segments = split(path);
    Route best = null;
    Map<String, String> bestVars = Map.of();
    boolean pathKnown = false;
    for (Route route : routes) {
      Map<String, String> vars = matchSegments(route.segments(), segments);
      if (vars == null) {
        continue;
      }
      pathKnown = true;
      if (!route.method().equals(method)) {
        continue;
      }
      if (best == null || !moreSpecific(best.segments(), route.segments())) {
        best = route;
        bestVars = vars;
      }
    }
    return new Match(best, bestVars, pathKnown);
  }

  private static boolean moreSpecific(String[] a, String[] b) {
    for (int i = 0; i < a.length; i++) {
      boolean aLiteral = !a[i].startsWith("{");
      boolean bLiteral = !b[i].startsWith("{");
      if (aLiteral != bLiteral) {
        return aLiteral;
      }
    }
    return false;
  }

  private static @Nullable Map<String, String> matchSegments(String[] template, String[] path) {
    if (template.length != path.length) {
      return null;
    }
    Map<String, String> vars = new HashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (t.startsWith("{")) {
        if (path[i].isEmpty()) {
          return null;
        }
        vars.put(t.substring(1, t.length() - 1), path[i]);
      } else if (!t.equals(path[i])) {
        return null;
      }
    }
    return vars;
  }

  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }

  /** {@code /nexla-api} from {@code nexla-api/}, {@code ""} from {@code /}: no trailing slash, one leading one. */
  static String normaliseBasePath(String path) {
    String p = path.trim();
    if (p.isEmpty() || p.equals("/")) {
      return "";
    }
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
