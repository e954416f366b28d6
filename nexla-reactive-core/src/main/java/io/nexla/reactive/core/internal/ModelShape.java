package io.nexla.reactive.core.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.core.json.NexlaModel;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link TolerantModelDeserializer} needs to know about a model record: its canonical constructor, which
 * component holds the unknown fields, and whether it has a {@code long id}. Reflection is only used to read the id
 * and, for a record that had odd fields, to build it once more with those fields added.
 */
final class ModelShape {

  private final Class<?> type;
  private final RecordComponent[] components;
  private final Constructor<?> constructor;
  private final int unknownFieldsIndex;
  private final @Nullable Method idAccessor;

  private ModelShape(Class<?> type, RecordComponent[] components, Constructor<?> constructor,
      int unknownFieldsIndex, @Nullable Method idAccessor) {
    this.type = type;
    this.components = components;
    this.constructor = constructor;
    this.unknownFieldsIndex = unknownFieldsIndex;
    this.idAccessor = idAccessor;
  }

  /**
   * The shape of {@code type}, or {@code null} when it is not a record keeping unknown fields (an
   * {@code @JsonAnySetter} map): every such record — {@link NexlaModel}s and the requests built from them, such as
   * an update made from a model — is read tolerantly.
   */
  static @Nullable ModelShape of(Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    int unknown = -1;
    Method id = null;
    NexlaModel marker = type.getAnnotation(NexlaModel.class);
    boolean strictId = marker != null && marker.strictId();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      if (Map.class.isAssignableFrom(c.getType()) && holdsUnknownFields(type, c)) {
        unknown = i;
      }
      if (strictId && c.getName().equals("id") && c.getType() == long.class) {
        id = c.getAccessor();
      }
    }
    if (unknown < 0) {
      return null;
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      if (id != null) {
        id.setAccessible(true);
      }
      return new ModelShape(type, components, constructor, unknown, id);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** {@code @JsonAnySetter} cannot target record components, so Java places it on the field (and parameter). */
  private static boolean holdsUnknownFields(Class<?> type, RecordComponent component) {
    try {
      return type.getDeclaredField(component.getName()).isAnnotationPresent(JsonAnySetter.class);
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  String name() {
    return type.getSimpleName();
  }

  boolean hasStrictId() {
    return idAccessor != null;
  }

  /** Whether {@code value} has a strict id that decoded to 0 (what a missing or {@code null} id decodes to). */
  boolean hasZeroId(Object value) {
    if (idAccessor == null) {
      return false;
    }
    try {
      return (long) idAccessor.invoke(value) == 0L;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read the id of " + type.getName(), e);
    }
  }

  /** A copy of {@code value} whose unknown fields also hold {@code extra}. */
  Object withUnknownFields(Object value, Map<String, Object> extra) {
    try {
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        Method accessor = components[i].getAccessor();
        accessor.setAccessible(true);
        args[i] = accessor.invoke(value);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> known = (Map<String, Object>) args[unknownFieldsIndex];
      Map<String, Object> merged = new LinkedHashMap<>(known == null ? Map.of() : known);
      merged.putAll(extra);
      args[unknownFieldsIndex] = merged;
      return constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot rebuild " + type.getName(), e);
    }
  }
}
