package io.nexla.reactive.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Data the {@link NexlaEmulatorExtension} loads into the emulator it starts for the annotated test class: complete
 * pipelines ({@link NexlaEmulator.Builder#populate(int)}) and fixture files
 * ({@link NexlaEmulator.Builder#fixtures(java.nio.file.Path)}). Applied before the extension's own configuration.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EmulatorData {

  /** Number of complete pipelines to create; default none. */
  int populate() default 0;

  /**
   * Fixture files: a class-path resource (e.g. {@code "/fixtures/orders.json"}, found in a directory of the test
   * class path) or else a file path.
   */
  String[] fixtures() default {};
}
