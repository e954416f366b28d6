package io.nexla.reactive.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes secret values from bodies before they are kept in exceptions or written to logs. A field is secret when
 * its name mentions a password, secret, token, key, credential or authorization; its whole value is replaced. A
 * number under a name ending in {@code _id} or {@code _ids} ({@code data_credentials_id: 5012}) is a reference to a
 * resource, not a secret, and is kept: logs that hide which credential a source uses hide what one needs to know.
 */
public final class Redaction {

  /** What a secret value is replaced with. */
  public static final String MASK = "****";

  private static final String[] SECRET_NAME_PARTS = {
    "password", "passwd", "secret", "token", "api_key", "apikey", "access_key", "private_key", "service_key",
    "credential", "authorization", "signature"
  };

  /** {@code "name": value} pairs in (possibly truncated) JSON text whose name looks secret. */
  private static final Pattern JSON_PAIR = Pattern.compile(
      "(\"[^\"]*(?:password|passwd|secret|token|key|credential|authorization|signature)[^\"]*\"\\s*:\\s*)"
          + "(\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)" // a string, possibly cut off
          + "|\\[(?:\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)|[^\\]\"])*(?:\\]|$)" // an array of scalars, possibly cut off
          + "|[^,}\\]\\s]+)",
      Pattern.CASE_INSENSITIVE);

  /** A number, or an array of numbers, as written in JSON text. */
  private static final Pattern ID_VALUE = Pattern.compile("-?\\d+|\\[\\s*(?:-?\\d+(?:\\s*,\\s*-?\\d+)*)?\\s*]");

  /** {@code name=value} and {@code name: value} pairs (forms, query strings, text) whose name looks secret. */
  private static final Pattern FORM_PAIR = Pattern.compile(
      "((?:password|passwd|secret|token|api_key|apikey|access_token|key|credentials?)\\s*[=:]\\s*)"
          + "([^&\\s\"',;<>]+)",
      Pattern.CASE_INSENSITIVE);

  /** The start of an object value under a credentials-like name: everything inside it is secret. */
  private static final Pattern SECRET_OBJECT = Pattern.compile(
      "(\"[^\"]*(?:credential|secret|password|token)[^\"]*\"\\s*:\\s*)\\{", Pattern.CASE_INSENSITIVE);

  private static final Pattern BEARER = Pattern.compile("((?:Bearer|Basic)\\s+)[A-Za-z0-9._~+/=-]+",
      Pattern.CASE_INSENSITIVE);

  private Redaction() {}

  /** Whether a field of this name holds a secret. */
  public static boolean isSecretName(String fieldName) {
    String n = fieldName.toLowerCase(Locale.ROOT);
    for (String part : SECRET_NAME_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return n.endsWith("key"); // "key", "api-key", "webhook_key", but not "key_columns"
  }

  /** Whether {@code value} under {@code fieldName} is the numeric id (or ids) of another resource. */
  private static boolean isIdReference(String fieldName, JsonNode value) {
    if (!isIdName(fieldName)) {
      return false;
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (!item.isIntegralNumber()) {
          return false;
        }
      }
      return true;
    }
    return value.isIntegralNumber();
  }

  private static boolean isIdName(String fieldName) {
    String n = fieldName.toLowerCase(Locale.ROOT);
    return n.endsWith("_id") || n.endsWith("_ids");
  }

  /** A copy of {@code node} with every secret field's value masked; {@code null} stays {@code null}. */
  public static @Nullable JsonNode redact(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (isSecretName(e.getKey()) && !e.getValue().isNull() && !isIdReference(e.getKey(), e.getValue())) {
          copy.put(e.getKey(), MASK);
        } else {
          copy.set(e.getKey(), redact(e.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (JsonNode item : node) {
        copy.add(redact(item));
      }
      return copy;
    }
    return node;
  }

  /** Masks secret-looking pairs and bearer/basic credentials in free text (body excerpts). */
  public static @Nullable String redactText(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String out = maskSecretObjects(text);
    out = replaceJsonPairs(out);
    out = replace(FORM_PAIR, out, MASK);
    return replace(BEARER, out, MASK);
  }

  /**
   * A read-only copy of response {@code headers} fit to keep in an exception: the values of secret-bearing headers
   * ({@code Authorization}, cookies, anything named like a key, token or secret) are masked, and credentials that
   * look like one in other values too. Names stay case-insensitive and multi-valued.
   */
  public static HttpHeaders redactHeaders(HttpHeaders headers) {
    return redactHeaders(headers, UnaryOperator.identity());
  }

  /** As {@link #redactHeaders(HttpHeaders)}, every other value also passed through {@code maskValue}. */
  public static HttpHeaders redactHeaders(HttpHeaders headers, UnaryOperator<String> maskValue) {
    HttpHeaders copy = new HttpHeaders();
    headers.forEach((name, values) -> {
      boolean secret = isSecretHeaderName(name);
      for (String value : values) {
        copy.add(name, secret ? MASK : maskValue.apply(String.valueOf(redactText(value))));
      }
    });
    return HttpHeaders.readOnlyHttpHeaders(copy);
  }

  private static boolean isSecretHeaderName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("cookie") || n.contains("auth") || isSecretName(n.replace('-', '_'));
  }

  /**
   * {@code uri} with the values of secret-looking query parameters ({@code api_key}, {@code token}, …) and any
   * user info masked; for log lines and messages that must show a URL.
   */
  public static @Nullable String redactUri(@Nullable String uri) {
    if (uri == null) {
      return null;
    }
    String out = uri.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@?#]*@", "$1" + MASK + "@");
    int query = out.indexOf('?');
    if (query < 0) {
      return out;
    }
    StringBuilder sb = new StringBuilder(out.substring(0, query + 1));
    String[] pairs = out.substring(query + 1).split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      String pair = pairs[i];
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      sb.append(i == 0 ? "" : "&").append(eq >= 0 && isSecretName(decode(name)) ? name + "=" + MASK : pair);
    }
    return sb.toString();
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /**
   * Replaces the whole object value of a credentials-like name (every field inside a {@code credentials} object is
   * secret, whatever its name) with the mask, up to its closing brace or the end of a truncated text.
   */
  private static String maskSecretObjects(String text) {
    Matcher m = SECRET_OBJECT.matcher(text);
    StringBuilder sb = new StringBuilder();
    int from = 0;
    while (m.find(from)) {
      sb.append(text, from, m.start()).append(m.group(1)).append('"').append(MASK).append('"');
      from = endOfObject(text, m.end() - 1);
    }
    return sb.append(text, Math.min(from, text.length()), text.length()).toString();
  }

  /** Index after the object that opens at {@code open}, or the text length when it is cut off. */
  private static int endOfObject(String text, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** {@link #JSON_PAIR} masked, except a number under an id name (see {@link #isIdReference}). */
  private static String replaceJsonPairs(String text) {
    Matcher m = JSON_PAIR.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String pair = m.group(1);
      String name = pair.substring(1, pair.indexOf('"', 1));
      boolean idReference = isIdName(name) && ID_VALUE.matcher(m.group(2)).matches();
      m.appendReplacement(sb, Matcher.quoteReplacement(idReference ? m.group() : pair + "\"" + MASK + "\""));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String replace(Pattern pattern, String text, String mask) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + mask));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
