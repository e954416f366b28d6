package io.nexla.reactive.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.json.ExpandableValue;
import io.nexla.reactive.sources.Source;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** The native-image hints cover every model type, found here by scanning the class path independently. */
class NexlaRuntimeHintsTest {

  @Test
  void everyModelTypeIsRegisteredForReflectionAndTheVersionFileIsIncluded() throws Exception {
    RuntimeHints hints = new RuntimeHints();
    new NexlaRuntimeHints().registerHints(hints, getClass().getClassLoader());

    List<Class<?>> models = modelTypes();
    assertThat(models).contains(Source.class).hasSizeGreaterThan(100);
    for (Class<?> model : models) {
      assertThat(RuntimeHintsPredicates.reflection().onType(model)
          .withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS))
          .as(model.getName()).accepts(hints);
    }
    assertThat(RuntimeHintsPredicates.resource().forResource("io/nexla/reactive/core/version.properties"))
        .accepts(hints);
  }

  @Test
  void theAutoConfigurationImportsTheHints() {
    assertThat(NexlaAutoConfiguration.class.getAnnotation(ImportRuntimeHints.class).value())
        .containsExactly(NexlaRuntimeHints.class);
  }

  /** Records, enums and ExpandableValues of the client's public packages, read from class files without loading. */
  private static List<Class<?>> modelTypes() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
        return definition.getMetadata().isIndependent() && !definition.getMetadata().getClassName().contains(
            ".internal.");
      }
    };
    scanner.addIncludeFilter((reader, factory) -> {
      String superClass = reader.getClassMetadata().getSuperClassName();
      return "java.lang.Record".equals(superClass) || "java.lang.Enum".equals(superClass);
    });
    scanner.addIncludeFilter(new AssignableTypeFilter(ExpandableValue.class));
    List<Class<?>> models = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("io.nexla.reactive")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      boolean library = type.getProtectionDomain().getCodeSource().getLocation().toString().contains(
          "nexla-reactive-");
      boolean test = type.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes");
      if (library && !test && Modifier.isPublic(type.getModifiers())
          && !type.getName().startsWith("io.nexla.reactive.spring.")
          && !type.getName().startsWith("io.nexla.reactive.testkit.")) {
        models.add(type);
      }
    }
    return models;
  }
}
