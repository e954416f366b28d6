package io.nexla.reactive.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The forward proxy the Nexla client connects through ({@code nexla.proxy.*}); see {@code ProxyOptions}. */
public class NexlaProxyProperties {

  /** The kind of proxy. */
  public enum Type {
    /** The JVM's standard proxy system properties decide (the default when no host is set). */
    SYSTEM_PROPERTIES,
    /** Never use a proxy. */
    NONE,
    /** An HTTP proxy (CONNECT tunnels; the default when a host is set). */
    HTTP,
    /** A SOCKS5 proxy. */
    SOCKS5
  }

  /** Proxy kind; defaults to HTTP when a host is set, otherwise to the JVM's proxy system properties. */
  private @Nullable Type type;

  /** Proxy host. */
  private @Nullable String host;

  /** Proxy port. */
  private int port = 3128;

  /** User name for proxy authentication. */
  private @Nullable String username;

  /** Password for proxy authentication; never logged. */
  private @Nullable String password;

  /** Hosts reached directly, NO_PROXY style: "example.com" (and subdomains), ".corp.example", "*". */
  private List<String> nonProxyHosts = new ArrayList<>();

  public @Nullable Type getType() {
    return type;
  }

  public void setType(@Nullable Type type) {
    this.type = type;
  }

  public @Nullable String getHost() {
    return host;
  }

  public void setHost(@Nullable String host) {
    this.host = host;
  }

  public int getPort() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }

  public @Nullable String getUsername() {
    return username;
  }

  public void setUsername(@Nullable String username) {
    this.username = username;
  }

  public @Nullable String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password;
  }

  public List<String> getNonProxyHosts() {
    return nonProxyHosts;
  }

  public void setNonProxyHosts(List<String> nonProxyHosts) {
    this.nonProxyHosts = nonProxyHosts;
  }

  @Override
  public String toString() {
    return "NexlaProxyProperties[type=" + type + ", host=" + host + ", port=" + port + ", username=" + username
        + ", password=" + (password == null ? "unset" : "****") + "]";
  }
}
