package io.nexla.reactive.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.ExpandableValue;
import io.nexla.reactive.core.json.NexlaJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The GraalVM reachability metadata shipped in the resources jar names exactly the types the client decodes and
 * encodes with Jackson: every record, enum and {@link ExpandableValue} of the public packages of the resources and
 * core jars. A model added without metadata would fail at its first use in a native image; this test fails first,
 * and writes the expected file to {@code target/expected-reflect-config.json}.
 */
class NativeImageMetadataTest {

  static final String METADATA =
      "/META-INF/native-image/io.nexla.reactive/nexla-reactive-resources/reflect-config.json";

  @Test
  void reflectConfigListsEveryModelType() throws Exception {
    TreeSet<String> expected = new TreeSet<>();
    expected.addAll(modelTypes(NexlaClient.class));
    expected.addAll(modelTypes(NexlaJson.class));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/expected-reflect-config.json"), render(expected));

    List<String> listed = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream(METADATA)) {
      assertThat(in).as(METADATA).isNotNull();
      JsonNode entries = NexlaJson.mapper().readTree(in);
      for (JsonNode entry : entries) {
        listed.add(entry.get("name").asString());
        assertThat(entry.path("allDeclaredConstructors").asBoolean()).as(entry.toString()).isTrue();
        assertThat(entry.path("allPublicMethods").asBoolean()).as(entry.toString()).isTrue();
        assertThat(entry.path("allDeclaredFields").asBoolean()).as(entry.toString()).isTrue();
      }
    }

    assertThat(expected).as("model types").hasSizeGreaterThan(100);
    assertThat(listed).as("%s is out of date: see target/expected-reflect-config.json", METADATA)
        .containsExactlyElementsOf(expected);
  }

  /** The record, enum and ExpandableValue types of the jar or directory holding {@code anchor}. */
  static List<String> modelTypes(Class<?> anchor) throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".class"))
            .forEach(f -> entries.add(root.relativize(f).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(entries::add);
      }
    }
    List<String> models = new ArrayList<>();
    for (String entry : entries) {
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      if (!name.startsWith("io.nexla.reactive.") || name.contains(".internal.") || name.endsWith("package-info")
          || name.endsWith("module-info")) {
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      if (type.isAnonymousClass() || type.isLocalClass() || !Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      if (type.isRecord() || type.isEnum() || ExpandableValue.class.isAssignableFrom(type)) {
        models.add(type.getName());
      }
    }
    return models;
  }

  static String render(TreeSet<String> names) {
    StringBuilder json = new StringBuilder("[\n");
    for (String name : names) {
      json.append("  {\"name\": \"").append(name).append("\", \"allDeclaredConstructors\": true, ")
          .append("\"allPublicMethods\": true, \"allDeclaredFields\": true}")
          .append(name.equals(names.last()) ? "\n" : ",\n");
    }
    return json.append("]\n").toString();
  }
}
