package io.nexla.reactive.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** The {@code toString()} of request bodies that may carry secrets: which fields are set, never their values. */
public final class RequestText {

  /** The record component that holds fields sent as given (their names are listed, their values never). */
  private static final String UNKNOWN_FIELDS = "additionalProperties";

  private RequestText() {}

  /**
   * {@code Type[a, b, extra]}: the names of {@code body}'s components that are not {@code null}, in declaration
   * order, then the keys of its {@code additionalProperties}.
   */
  public static String namesOfSetFields(Record body) {
    StringJoiner set = new StringJoiner(", ", body.getClass().getSimpleName() + "[", "]");
    for (RecordComponent component : body.getClass().getRecordComponents()) {
      Object value = valueOf(component, body);
      if (UNKNOWN_FIELDS.equals(component.getName()) && value instanceof Map<?, ?> fields) {
        fields.keySet().forEach(name -> set.add(String.valueOf(name)));
      } else if (value != null) {
        set.add(component.getName());
      }
    }
    return set.toString();
  }

  private static @Nullable Object valueOf(RecordComponent component, Record body) {
    try {
      return component.getAccessor().invoke(body);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component.getName() + " of " + body.getClass().getName(), e);
    }
  }
}
