package io.nexla.reactive.core.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.nexla.reactive.core.internal.TolerantModelDeserializer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Marks a Nexla response model and fixes its wire form on the class itself, so that any Jackson 3 mapper — an
 * application's own, or Spring Boot's auto-configured one — writes it back exactly as Nexla sends it: properties in
 * {@code snake_case}, unknown fields (the model's any-getter) as received, {@code null} values, empty lists and
 * empty maps left out, and no derived {@code isX()} properties (such as {@code AsyncTask.isFailed()}).
 *
 * <p>With the library's own mapper ({@link NexlaJson#mapper()}) a marked record is also read tolerantly: a field
 * whose JSON shape does not fit its type reads as {@code null} (or empty) and is kept, as received, among the
 * record's unknown fields, while a record's {@code long id} is strict unless {@link #strictId()} says otherwise
 * (see {@link TolerantModelDeserializer}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NexlaModel.NullOrEmptyContainer.class,
    content = JsonInclude.Include.ALWAYS)
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public @interface NexlaModel {

  /**
   * Whether a {@code long id} component is the record's strict identity (the default): {@code false} for entries
   * addressed through a parent resource (memberships, listings), whose {@code id} may be left out by the server.
   */
  boolean strictId() default true;

  /**
   * The inclusion filter of model properties: {@code null}, an empty list and an empty map are left out (models
   * hold lists and maps as empty, never {@code null}, so an absent list and an empty one read the same); everything
   * else, empty strings included, is written. Values inside maps, and unknown fields, are written as received.
   */
  final class NullOrEmptyContainer {

    /** Jackson's inclusion contract: {@code true} means "leave this value out". */
    @Override
    public boolean equals(Object value) {
      return value == null
          || value instanceof java.util.Collection<?> c && c.isEmpty()
          || value instanceof java.util.Map<?, ?> m && m.isEmpty();
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
