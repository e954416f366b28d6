package io.nexla.reactive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.sources.SourcesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What users may use: no public signature of an exported package (any package not named {@code internal}) shows
 * an internal type, and the core's exported packages depend on each other without cycles.
 */
public class ApiBoundaryTest {

  /**
   * Leaks known and not yet removed: the capability interfaces reach their generic operations through a public
   * interface method, and the group-client bases hand the context to their subclasses. Nothing else may join this
   * list; group clients are built over the opaque {@code ClientHandle}, never over the internal context.
   */
  private static final List<String> KNOWN = List.of(
      "io.nexla.reactive.common.GroupClient.",
      "io.nexla.reactive.common.HasResourceOperations.resourceOperations()",
      "io.nexla.reactive.common.ResourceClient.");

  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.nexla.reactive");

  @Test
  void exportedSignaturesShowNoInternalType() {
    NO_INTERNAL_TYPE_IN_EXPORTED_SIGNATURES.check(LIBRARY);
  }

  @Test
  void aGroupClientBuiltOverTheInternalContextIsCaught() {
    JavaClasses leaking = new ClassFileImporter().importClasses(LeakingGroupClient.class);
    assertThatThrownBy(() -> NO_INTERNAL_TYPE_IN_EXPORTED_SIGNATURES.check(leaking))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakingGroupClient.<init>(io.nexla.reactive.internal.ClientContext) takes");
  }

  @Test
  void aGroupClientIsNotBuiltOverAForeignHandle() {
    ClientHandle foreign = new ClientHandle() {};
    assertThatThrownBy(() -> new SourcesClient(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("obtained from NexlaClient");
  }

  @Test
  void coreExportedPackagesFormNoCycle() {
    slices().matching("io.nexla.reactive.core.(*)..")
        .that(com.tngtech.archunit.base.DescribedPredicate.describe("are exported",
            slice -> !slice.getDescription().contains("internal")))
        .should().beFreeOfCycles()
        .check(LIBRARY);
  }

  private static final ArchRule NO_INTERNAL_TYPE_IN_EXPORTED_SIGNATURES = classes()
      .that().resideOutsideOfPackage("..internal..")
      .should(new ArchCondition<JavaClass>("show no internal type in a public signature") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          if (!exported(type)) {
            return;
          }
          for (String leak : leaks(type)) {
            if (KNOWN.stream().noneMatch(leak::contains)) {
              events.add(SimpleConditionEvent.violated(type, leak));
            }
          }
        }
      });

  /**
   * Shaped like the group clients were before they took a {@code ClientHandle} (public, in an exported package):
   * the rule must reject it.
   */
  public static final class LeakingGroupClient {
    public LeakingGroupClient(ClientContext context) {}
  }

  /** Visible to users: public, and every enclosing class public too. */
  private static boolean exported(JavaClass type) {
    for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> leaks(JavaClass type) {
    List<String> found = new ArrayList<>();
    boolean extensible = !type.getModifiers().contains(JavaModifier.FINAL);
    type.getSuperclass().ifPresent(s -> check(s, type.getName() + " extends", found));
    type.getInterfaces().forEach(i -> check(i, type.getName() + " implements", found));
    for (JavaCodeUnit unit : type.getCodeUnits()) {
      if (visible(unit.getModifiers(), extensible) && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
        check(unit.getReturnType(), unit.getFullName() + " returns", found);
        unit.getParameterTypes().forEach(p -> check(p, unit.getFullName() + " takes", found));
      }
    }
    for (JavaField field : type.getFields()) {
      if (visible(field.getModifiers(), extensible)) {
        check(field.getType(), field.getFullName() + " is", found);
      }
    }
    return found;
  }

  private static boolean visible(Set<JavaModifier> modifiers, boolean extensible) {
    return modifiers.contains(JavaModifier.PUBLIC) || extensible && modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void check(JavaType type, String where, List<String> found) {
    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
      if (involved.getPackageName().startsWith("io.nexla.reactive")
          && involved.getPackageName().contains(".internal")) {
        found.add(where + " " + involved.getName());
      }
    }
  }
}
