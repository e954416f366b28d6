package io.nexla.reactive.spring.boot;

import io.nexla.reactive.core.json.NexlaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Native-image hints for Spring AOT: every type the client decodes or encodes with Jackson is registered for
 * reflection, so a native application can read and write Nexla models. The list is the GraalVM reachability
 * metadata the resources jar ships (one source for both build paths), kept complete by a test of that jar.
 */
public class NexlaRuntimeHints implements RuntimeHintsRegistrar {

  static final String MODEL_METADATA =
      "META-INF/native-image/io.nexla.reactive/nexla-reactive-resources/reflect-config.json";

  private static final MemberCategory[] MODEL_MEMBERS = {
      MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS,
      MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS};

  @Override
  public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
    ClassLoader loader = classLoader != null ? classLoader : NexlaRuntimeHints.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(MODEL_METADATA)) {
      if (in == null) {
        throw new IllegalStateException(MODEL_METADATA + " is missing from the class path");
      }
      for (JsonNode entry : NexlaJson.mapper().readTree(in)) {
        hints.reflection().registerType(TypeReference.of(entry.get("name").asString()), MODEL_MEMBERS);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    hints.resources().registerPattern("io/nexla/reactive/core/version.properties");
  }
}
