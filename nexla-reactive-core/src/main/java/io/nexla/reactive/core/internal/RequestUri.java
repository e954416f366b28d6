package io.nexla.reactive.core.internal;

import io.nexla.reactive.core.http.NexlaRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The URI of one request, expanded once per operation: the base URL, the path template with its variables encoded
 * strictly (every character outside RFC 3986's unreserved set, so {@code /}, {@code ,} or {@code ?} in a value
 * stays inside its segment), and the query with strictly encoded values.
 *
 * <p>Why not a {@code UriBuilderFactory}: it parses the base URL and the template again on every call, which was a
 * measurable part of the client's cost per request; the encoding here is the same (template literals encoded as a
 * path, values as URI components).
 *
 * @param uri the absolute URI to send
 * @param template the base URL followed by the unexpanded path template (the {@code uri} observation tag); null for
 *     an absolute URL (a webhook's), whose path is not a template and may be unique
 */
public record RequestUri(URI uri, @Nullable String template) {

  /**
   * {@code request} against {@code baseUrl} (a URL without trailing slash, already encoded).
   *
   * @throws IllegalArgumentException if the path template names a variable the request has no value for
   */
  public static RequestUri of(String baseUrl, NexlaRequest request) {
    URI absolute = request.absoluteUrl();
    if (absolute != null) {
      UriComponentsBuilder builder = UriComponentsBuilder.fromUri(absolute);
      request.query().forEach((name, values) -> values.forEach(value -> builder.queryParam(
          UriUtils.encode(name, StandardCharsets.UTF_8), UriUtils.encode(value, StandardCharsets.UTF_8))));
      return new RequestUri(builder.build(true).toUri(), null);
    }
    String template = request.pathTemplate();
    StringBuilder url = new StringBuilder(baseUrl.length() + template.length() + 48).append(baseUrl);
    appendPath(url, template, request.pathVariables());
    appendQuery(url, request.query());
    return new RequestUri(URI.create(url.toString()), baseUrl + template);
  }

  private static void appendPath(StringBuilder url, String template, Map<String, Object> variables) {
    int literalStart = 0;
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      appendLiteral(url, template, literalStart, open);
      String name = template.substring(open + 1, close);
      Object value = variables.get(name);
      if (value == null) {
        throw new IllegalArgumentException("Path template " + template + " has no value for {" + name + "}");
      }
      String text = String.valueOf(value);
      if (isUnreserved(text, 0, text.length())) {
        url.append(text); // ids, names without special characters: nothing to encode
      } else {
        url.append(UriUtils.encode(text, StandardCharsets.UTF_8));
      }
      literalStart = close + 1;
      open = template.indexOf('{', literalStart);
    }
    appendLiteral(url, template, literalStart, template.length());
  }

  /** {@code template[from, to)} encoded as a path. */
  private static void appendLiteral(StringBuilder url, String template, int from, int to) {
    if (isPathSafe(template, from, to)) {
      url.append(template, from, to); // the usual template literal: letters, digits, '/', '_' and '-'
    } else {
      url.append(UriUtils.encodePath(template.substring(from, to), StandardCharsets.UTF_8));
    }
  }

  /** Whether every character of {@code text[from, to)} is in RFC 3986's unreserved set (never encoded). */
  private static boolean isUnreserved(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isUnreserved(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[from, to)} is unreserved characters and {@code /} only (a path encodes neither). */
  private static boolean isPathSafe(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '/' && !isUnreserved(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static void appendQuery(StringBuilder url, Map<String, List<String>> query) {
    char separator = '?';
    for (Map.Entry<String, List<String>> entry : query.entrySet()) {
      String name = UriUtils.encodeQueryParam(entry.getKey(), StandardCharsets.UTF_8);
      for (String value : entry.getValue()) {
        url.append(separator).append(name).append('=').append(UriUtils.encode(value, StandardCharsets.UTF_8));
        separator = '&';
      }
    }
  }
}
