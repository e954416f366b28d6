package io.nexla.reactive.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.nexla.reactive.core.internal.TolerantInstantDeserializer;
import io.nexla.reactive.core.internal.TolerantModelDeserializer;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The library's single Jackson 3 mapper configuration.
 *
 * <p>Properties are {@code snake_case} on the wire; unknown properties never fail decoding (models keep them);
 * {@code null} values are not written; datetimes are written as ISO-8601 and read tolerantly
 * ({@link TolerantInstantDeserializer}); a fraction is never truncated into a whole-number field. {@link NexlaModel}
 * records are read tolerantly, with strict identities ({@link TolerantModelDeserializer}). The mapper is private to the library: an application's own mapper
 * settings never leak in. {@link JsonMapper} is immutable and thread-safe, so one instance serves everything.
 */
public final class NexlaJson {

  private static final JsonMapper MAPPER = newMapperBuilder().build();
  /** Readers are immutable and resolve their root deserializer once; model types are few, so the cache stays small. */
  private static final int MAX_CACHED_READERS = 512;
  private static final ConcurrentMap<JavaType, ObjectReader> READERS = new ConcurrentHashMap<>();

  private NexlaJson() {}

  /** The shared, immutable mapper used by the client. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * A reader of {@code type} with the shared configuration, cached: reading through it skips the per-call type and
   * root-deserializer lookups of {@code mapper().readValue(bytes, type)}.
   */
  public static ObjectReader reader(JavaType type) {
    ObjectReader cached = READERS.get(type);
    if (cached != null) {
      return cached;
    }
    ObjectReader reader = MAPPER.readerFor(type);
    if (READERS.size() < MAX_CACHED_READERS) {
      READERS.putIfAbsent(type, reader);
    }
    return reader;
  }

  /** A builder pre-configured like {@link #mapper()}, for callers that need a variant. */
  public static JsonMapper.Builder newMapperBuilder() {
    SimpleModule module = new SimpleModule("nexla-reactive");
    module.addDeserializer(Instant.class, new TolerantInstantDeserializer());
    module.setDeserializerModifier(TolerantModelDeserializer.modifier());
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // a fraction where a whole number is modelled is a misfit (kept raw by models), never silently truncated
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // a boolean where a string is modelled is a misfit too: read as "true" it would be written back as a string
        .withCoercionConfig(LogicalType.Textual,
            config -> config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL)
                .withContentInclusion(JsonInclude.Include.ALWAYS))
        .addModule(module);
  }

  /** A {@link JavaType} for {@code List<itemType>}. */
  public static JavaType listOf(Class<?> itemType) {
    return MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, itemType);
  }
}
