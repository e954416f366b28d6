package io.nexla.reactive.core;

import java.util.Objects;

/**
 * A secret string (service key, access token, API key). {@link #toString()} never reveals it; use
 * {@link #reveal()} only where the value must go on the wire.
 */
public final class Secret {

  private final String value;
  private final String label;

  private Secret(String value, String label) {
    this.value = value;
    this.label = label;
  }

  /**
   * Wraps a secret value.
   *
   * @param label what the secret is, for messages (e.g. {@code serviceKey}); never the value
   * @throws IllegalArgumentException if the value is blank
   */
  public static Secret of(String value, String label) {
    Objects.requireNonNull(value, label);
    if (value.isBlank()) {
      throw new IllegalArgumentException(label + " must not be blank");
    }
    return new Secret(value.trim(), label);
  }

  /** The secret value itself. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return label + "=****";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
