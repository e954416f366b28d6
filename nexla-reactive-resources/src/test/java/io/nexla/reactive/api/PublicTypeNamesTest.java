package io.nexla.reactive.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two public types of the resources jar share a simple name, so that an import never picks the wrong one of two
 * look-alikes. Nested {@code Builder}s are exempt: they are always named through their owner ({@code XCreate.Builder}).
 */
class PublicTypeNamesTest {

  @Test
  void everyPublicTypeHasItsOwnSimpleName() throws Exception {
    Map<String, TreeSet<String>> byName = new TreeMap<>();
    List<Class<?>> types = publicTypes();
    for (Class<?> type : types) {
      if (type.isMemberClass() && type.getSimpleName().equals("Builder")) {
        continue;
      }
      byName.computeIfAbsent(type.getSimpleName(), n -> new TreeSet<>()).add(type.getName());
    }
    Map<String, TreeSet<String>> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));

    assertThat(types).as("public types found").hasSizeGreaterThan(200);
    assertThat(shared).as("simple names used by more than one public type").isEmpty();
  }

  @Test
  void theScanSeesNestedTypesAndWouldReportASharedName() throws Exception {
    List<String> names = publicTypes().stream().map(Class::getName).toList();
    assertThat(names).contains("io.nexla.reactive.metrics.FlowMetricsResponse$FlowMetricsPage",
        "io.nexla.reactive.NexlaClient");
  }

  /** The public top-level and member types (reachable from outside their package) of the resources classes. */
  static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(NexlaClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
    List<Class<?>> types = new ArrayList<>();
    ClassLoader loader = PublicTypeNamesTest.class.getClassLoader();
    for (String entry : entries) {
      if (entry.endsWith("package-info.class") || entry.endsWith("module-info.class")) {
        continue;
      }
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      Class<?> type = Class.forName(name, false, loader);
      if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic() || !visible(type)) {
        continue;
      }
      types.add(type);
    }
    return types;
  }

  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.getPackageName().contains(".internal");
  }
}
