package io.nexla.reactive.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of the library's server-defined string values (statuses, connector types, task types, roles, …).
 *
 * <p>Unlike a Java {@code enum}, an expandable value accepts any string the server sends: the well-known values
 * are constants on the subclass, and an unknown value decodes to a new instance instead of failing. Two values
 * are equal when they have the same class and the same string, compared case-sensitively as sent.
 *
 * <p>Subclasses are final, have a private constructor and a {@code @JsonCreator public static X of(String)}.
 */
public abstract class ExpandableValue {

  private final String value;

  protected ExpandableValue(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The string sent on the wire. */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((ExpandableValue) other).value.equals(value);
  }

  /** Case-insensitive comparison, for values the server spells inconsistently (e.g. {@code ACTIVE}/{@code active}). */
  public final boolean equalsIgnoreCase(ExpandableValue other) {
    return other != null && other.getClass() == getClass() && other.value.equalsIgnoreCase(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
