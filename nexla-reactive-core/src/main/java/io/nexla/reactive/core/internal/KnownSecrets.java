package io.nexla.reactive.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import io.nexla.reactive.core.json.NexlaJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The secret values a client knows (its service key, every access token it was issued, its proxy password) and
 * masks wherever a server echoes them, whatever the surrounding format: a body is searched for each value as is,
 * JSON-escaped, URL-encoded and base64-encoded (as in {@code Authorization: Basic}). Values shorter than
 * {@value #MIN_LENGTH} characters are not masked by value (they would mask innocent text); name-based masking still
 * covers them. Only failed responses, exception messages and TRACE logs pay for this: successful bodies are never
 * searched unless they are logged.
 *
 * <p>Every instance is also registered (weakly) for {@link #maskEverywhere}: an exception message built far from its
 * client (a list item that cannot be decoded, a malformed body) is masked against the secrets of every live client.
 */
public final class KnownSecrets {

  /** Shorter values are masked only by field name, never by value. */
  public static final int MIN_LENGTH = 8;
  /** Earlier tokens are kept too (a server may echo an expired one); the oldest are forgotten past this. */
  static final int MAX_VALUES = 64;

  private static final String MASK = "****";

  /** Instances of live clients; weak, so a client that is dropped without close() does not pin its secrets. */
  private static final Set<KnownSecrets> LIVE = Collections.newSetFromMap(new WeakHashMap<>());

  /** Each secret with its masked forms (computed once: messages and TRACE lines are masked often). */
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  public KnownSecrets() {
    synchronized (LIVE) {
      LIVE.add(this);
    }
  }

  /**
   * {@code text} with the secrets of every live client masked; for strings built where no client is at hand
   * (exception messages, excerpts). {@code null} stays {@code null}.
   */
  public static @Nullable String maskEverywhere(@Nullable String text) {
    if (text == null || text.length() < MIN_LENGTH) {
      return text;
    }
    List<KnownSecrets> live;
    synchronized (LIVE) {
      live = new ArrayList<>(LIVE);
    }
    String out = text;
    for (KnownSecrets secrets : live) {
      out = secrets.redact(out, List.of());
    }
    return out;
  }

  /** Remembers {@code value} as a secret (ignored when null or shorter than {@link #MIN_LENGTH}). */
  public synchronized void add(@Nullable String value) {
    if (value == null || value.length() < MIN_LENGTH) {
      return;
    }
    List<String> forms = values.remove(value);
    values.put(value, forms != null ? forms : forms(value));
    if (values.size() > MAX_VALUES) {
      Iterator<String> oldest = values.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /** {@code body} with every known secret and every one of {@code more} masked; the same array when none occur. */
  public byte[] redact(byte[] body, Collection<String> more) {
    if (body.length == 0) {
      return body;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String masked = redact(text, more);
    return masked.equals(text) ? body : masked.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code text} with every known secret and every one of {@code more} masked. */
  public String redact(String text, Collection<String> more) {
    List<List<String>> secrets;
    synchronized (this) {
      secrets = new ArrayList<>(values.values());
    }
    for (String value : more) {
      if (value != null && value.length() >= MIN_LENGTH) {
        secrets.add(forms(value));
      }
    }
    String out = text;
    for (List<String> forms : secrets) {
      for (String form : forms) {
        if (out.contains(form)) {
          out = out.replace(form, MASK);
        }
      }
    }
    return out;
  }

  private static List<String> forms(String secret) {
    String json = NexlaJson.mapper().writeValueAsString(secret);
    return List.of(secret, json.substring(1, json.length() - 1), URLEncoder.encode(secret, StandardCharsets.UTF_8),
        Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The secrets a request carried: its {@code Authorization} value (and the decoded key of a Basic one), an
   * {@code api_key} query value, and every string inside a {@code credentials} object of its JSON body.
   */
  public static List<String> carriedBy(Map<String, String> headers, Map<String, List<String>> query,
      byte @Nullable [] body) {
    List<String> found = new ArrayList<>();
    headers.forEach((name, value) -> {
      if (name.equalsIgnoreCase("Authorization") && value != null) {
        int space = value.indexOf(' ');
        String credential = space < 0 ? value : value.substring(space + 1).trim();
        found.add(credential);
        try {
          found.add(new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
          // a verbatim key: already added
        }
      }
    });
    query.getOrDefault("api_key", List.of()).forEach(found::add);
    if (body != null && body.length > 0) {
      try {
        collectCredentials(NexlaJson.mapper().readTree(body), false, found);
      } catch (RuntimeException notJson) {
        // not JSON: nothing structured to collect
      }
    }
    return found;
  }

  private static void collectCredentials(JsonNode node, boolean inside, List<String> found) {
    if (node.isString() && inside) {
      found.add(node.asString());
    } else if (node.isObject()) {
      node.properties().forEach(e -> collectCredentials(e.getValue(), inside || e.getKey().equals("credentials"),
          found));
    } else if (node.isArray()) {
      node.values().forEach(child -> collectCredentials(child, inside, found));
    }
  }
}
