package io.nexla.reactive.core;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the client reaches Nexla through a forward proxy: an HTTP proxy (requests are tunnelled with
 * {@code CONNECT}), a SOCKS5 proxy, no proxy, or the JVM's standard proxy properties ({@code https.proxyHost},
 * {@code http.nonProxyHosts}, {@code socksProxyHost}, … — the default).
 *
 * <p>Hosts matching a non-proxy pattern are reached directly. Patterns follow the {@code NO_PROXY} convention:
 * {@code example.com} matches the host and its subdomains, {@code .example.com} and {@code *.example.com} only
 * subdomains, {@code *} every host; IP addresses match literally. The proxy password is a {@link Secret}: it is
 * never printed by {@link #toString()}.
 */
public final class ProxyOptions {

  /** The kind of proxy. */
  public enum Type {
    /** The JVM's standard proxy system properties decide (no proxy when none are set). */
    SYSTEM_PROPERTIES,
    /** Never use a proxy, whatever the system properties say. */
    NONE,
    /** An HTTP proxy; every connection is a {@code CONNECT} tunnel, so TLS stays end to end. */
    HTTP,
    /** A SOCKS5 proxy. */
    SOCKS5
  }

  private static final ProxyOptions SYSTEM = new ProxyOptions(Type.SYSTEM_PROPERTIES, null, 0, null, null, List.of());
  private static final ProxyOptions NO_PROXY = new ProxyOptions(Type.NONE, null, 0, null, null, List.of());

  private final Type type;
  private final @Nullable String host;
  private final int port;
  private final @Nullable String username;
  private final @Nullable Secret password;
  private final List<String> nonProxyHosts;

  private ProxyOptions(Type type, @Nullable String host, int port, @Nullable String username,
      @Nullable Secret password, List<String> nonProxyHosts) {
    this.type = type;
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.nonProxyHosts = List.copyOf(nonProxyHosts);
  }

  /** The default: the JVM's standard proxy system properties, or no proxy when none are set. */
  public static ProxyOptions systemProperties() {
    return SYSTEM;
  }

  /** No proxy at all, whatever the JVM's proxy properties say. */
  public static ProxyOptions none() {
    return NO_PROXY;
  }

  /** An HTTP proxy at {@code host:port}. */
  public static ProxyOptions http(String host, int port) {
    return new ProxyOptions(Type.HTTP, checkHost(host), checkPort(port), null, null, List.of());
  }

  /** A SOCKS5 proxy at {@code host:port}. */
  public static ProxyOptions socks5(String host, int port) {
    return new ProxyOptions(Type.SOCKS5, checkHost(host), checkPort(port), null, null, List.of());
  }

  /**
   * The proxy named by {@code HTTPS_PROXY} (else {@code https_proxy}, {@code HTTP_PROXY}, {@code http_proxy}) in
   * {@code env}, with {@code NO_PROXY} / {@code no_proxy} as non-proxy hosts, as curl and Python's requests read
   * them; empty when no proxy variable is set. A {@code socks5://} URL gives a SOCKS5 proxy, user info in the URL
   * gives credentials.
   *
   * @throws IllegalArgumentException when the variable is not a URL with a host
   */
  public static Optional<ProxyOptions> fromEnvironment(Map<String, String> env) {
    String value = first(env, "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy");
    if (value == null) {
      return Optional.empty();
    }
    URI uri = URI.create(value.contains("://") ? value : "http://" + value);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("The proxy variable is not a URL with a host");
    }
    boolean socks = uri.getScheme().toLowerCase(Locale.ROOT).startsWith("socks");
    int port = uri.getPort() > 0 ? uri.getPort() : socks ? 1080 : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    ProxyOptions proxy = socks ? socks5(uri.getHost(), port) : http(uri.getHost(), port);
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("The proxy variable names a user but no password");
      }
      proxy = proxy.withCredentials(decode(userInfo.substring(0, colon)), decode(userInfo.substring(colon + 1)));
    }
    String noProxy = first(env, "NO_PROXY", "no_proxy");
    return Optional.of(noProxy == null ? proxy : proxy.withNonProxyHosts(noProxy.split(",")));
  }

  /** The same proxy, authenticating with {@code username} and {@code password}. */
  public ProxyOptions withCredentials(String username, String password) {
    requireProxy("credentials");
    return new ProxyOptions(type, host, port, Objects.requireNonNull(username, "username"),
        Secret.of(password, "proxyPassword"), nonProxyHosts);
  }

  /** The same proxy, bypassed for hosts matching any of {@code patterns} (see the class description). */
  public ProxyOptions withNonProxyHosts(String... patterns) {
    requireProxy("non-proxy hosts");
    List<String> cleaned = new ArrayList<>();
    for (String pattern : patterns) {
      String p = pattern.trim().toLowerCase(Locale.ROOT);
      if (!p.isEmpty()) {
        cleaned.add(p);
      }
    }
    return new ProxyOptions(type, host, port, username, password, cleaned);
  }

  public Type type() {
    return type;
  }

  /** The proxy host, for {@link Type#HTTP} and {@link Type#SOCKS5}. */
  public Optional<String> host() {
    return Optional.ofNullable(host);
  }

  /** The proxy port, or 0 without an explicit proxy. */
  public int port() {
    return port;
  }

  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /** The proxy password, when credentials were given. */
  public Optional<Secret> password() {
    return Optional.ofNullable(password);
  }

  public List<String> nonProxyHosts() {
    return nonProxyHosts;
  }

  /** Whether a connection to {@code targetHost} bypasses this proxy. */
  public boolean bypasses(String targetHost) {
    String target = targetHost.toLowerCase(Locale.ROOT);
    if (target.startsWith("[") && target.endsWith("]")) {
      target = target.substring(1, target.length() - 1);
    }
    for (String pattern : nonProxyHosts) {
      if (pattern.equals("*")) {
        return true;
      }
      String suffix = pattern.startsWith("*.") ? pattern.substring(1) : pattern;
      if (suffix.startsWith(".") ? target.endsWith(suffix) : target.equals(suffix) || target.endsWith("." + suffix)) {
        return true;
      }
    }
    return false;
  }

  private void requireProxy(String what) {
    if (type != Type.HTTP && type != Type.SOCKS5) {
      throw new IllegalStateException("Only an HTTP or SOCKS5 proxy takes " + what);
    }
  }

  private static @Nullable String first(Map<String, String> env, String... names) {
    for (String name : names) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String checkHost(String host) {
    if (Objects.requireNonNull(host, "host").isBlank()) {
      throw new IllegalArgumentException("The proxy host must not be blank");
    }
    return host;
  }

  private static int checkPort(int port) {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("The proxy port must be between 1 and 65535: " + port);
    }
    return port;
  }

  @Override
  public String toString() {
    return switch (type) {
      case SYSTEM_PROPERTIES -> "ProxyOptions[system properties]";
      case NONE -> "ProxyOptions[none]";
      default -> "ProxyOptions[" + type + " " + host + ":" + port
          + (username == null ? "" : ", user=" + username + ", password=****")
          + (nonProxyHosts.isEmpty() ? "" : ", nonProxyHosts=" + nonProxyHosts) + "]";
    };
  }
}
