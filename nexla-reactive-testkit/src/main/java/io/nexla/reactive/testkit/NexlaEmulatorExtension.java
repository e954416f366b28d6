package io.nexla.reactive.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * JUnit extension that starts one {@link NexlaEmulator} per test class and injects it into fields and parameters
 * of type {@code NexlaEmulator}. When {@code io.nexla.reactive.NexlaClient} is on the test classpath it also
 * injects a client built with {@code NexlaClient.builder().baseUrl(..).serviceKey(..).build()} (found
 * reflectively; the testkit has no compile dependency on the client).
 *
 * <p>Use {@code @ExtendWith(NexlaEmulatorExtension.class)} for defaults, or
 * {@code @RegisterExtension static NexlaEmulatorExtension emulator = NexlaEmulatorExtension.with(b -> b.tokenTtl(...))}
 * to configure the emulator (a static field gives one emulator per class, an instance field one per test). Before
 * each test the journal and fault script are reset; the store is kept.
 */
public final class NexlaEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final String CLIENT_CLASS = "io.nexla.reactive.NexlaClient";

  private final UnaryOperator<NexlaEmulator.Builder> configuration;
  private @Nullable NexlaEmulator emulator;
  private boolean startedForOneTest;
  private @Nullable Object client;

  /** An extension with default emulator settings. */
  public NexlaEmulatorExtension() {
    this(UnaryOperator.identity());
  }

  private NexlaEmulatorExtension(UnaryOperator<NexlaEmulator.Builder> configuration) {
    this.configuration = configuration;
  }

  /** An extension whose emulator is configured by {@code configuration}. */
  public static NexlaEmulatorExtension with(UnaryOperator<NexlaEmulator.Builder> configuration) {
    return new NexlaEmulatorExtension(configuration);
  }

  /** The running emulator (between the class's before-all and after-all). */
  public NexlaEmulator emulator() {
    NexlaEmulator running = emulator;
    if (running == null) {
      throw new IllegalStateException("The emulator is not running outside a test class");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (emulator == null) {
      emulator = startFor(context.getRequiredTestClass());
    }
    injectStaticFields(context.getRequiredTestClass());
  }

  /** Registered on an instance field, the extension sees no before-all: it then runs one emulator per test. */
  private void startForOneTestIfNeeded(ExtensionContext context) {
    if (emulator == null) {
      emulator = startFor(context.getRequiredTestClass());
      startedForOneTest = true;
    }
  }

  private NexlaEmulator startFor(Class<?> testClass) {
    NexlaEmulator.Builder builder = NexlaEmulator.builder();
    EmulatorData data = testClass.getAnnotation(EmulatorData.class);
    if (data != null) {
      builder.populate(data.populate());
      for (String fixture : data.fixtures()) {
        builder.fixtures(fixturePath(testClass, fixture));
      }
    }
    return configuration.apply(builder).start();
  }

  private static java.nio.file.Path fixturePath(Class<?> testClass, String fixture) {
    java.net.URL resource = testClass.getResource(fixture.startsWith("/") ? fixture : "/" + fixture);
    if (resource != null && resource.getProtocol().equals("file")) {
      try {
        return java.nio.file.Path.of(resource.toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("Bad fixture location " + resource, e);
      }
    }
    java.nio.file.Path file = java.nio.file.Path.of(fixture);
    if (!java.nio.file.Files.isReadable(file)) {
      throw new IllegalArgumentException("Fixture " + fixture + " is neither a class-path resource nor a readable file");
    }
    return file;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (startedForOneTest) {
      startedForOneTest = false;
      afterAll(context);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    NexlaEmulator running = emulator;
    Object built = client;
    emulator = null;
    client = null;
    try {
      if (built instanceof AutoCloseable closeable) {
        closeable.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Closing the injected client failed", e);
    } finally {
      if (running != null) {
        running.close();
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    startForOneTestIfNeeded(context);
    NexlaEmulator running = emulator();
    running.clearJournal();
    running.faults().clear();
    Object instance = context.getRequiredTestInstance();
    for (Class<?> type = instance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
          Object value = valueFor(field.getType(), context);
          if (value != null) {
            field.setAccessible(true);
            field.set(instance, value);
          }
        }
      }
    }
  }

  private void injectStaticFields(Class<?> testClass) {
    for (Field field : testClass.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())
          && field.getType() == NexlaEmulator.class) {
        try {
          field.setAccessible(true);
          field.set(null, emulator());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("Cannot inject " + field, e);
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == NexlaEmulator.class || type.getName().equals(CLIENT_CLASS);
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Object value = valueFor(parameterContext.getParameter().getType(), extensionContext);
    if (value == null) {
      throw new ParameterResolutionException("Cannot provide " + parameterContext.getParameter());
    }
    return value;
  }

  private @Nullable Object valueFor(Class<?> type, ExtensionContext context) {
    if (type == NexlaEmulator.class) {
      return emulator();
    }
    if (type.getName().equals(CLIENT_CLASS)) {
      if (client == null) {
        client = buildClient(type, emulator());
      }
      return client;
    }
    return null;
  }

  /** {@code NexlaClient.builder().baseUrl(..).serviceKey(..).build()}, reflectively. */
  static Object buildClient(Class<?> clientClass, NexlaEmulator emulator) {
    try {
      Object builder = clientClass.getMethod("builder").invoke(null);
      builder = invoke(builder, "baseUrl", emulator.baseUrl());
      builder = invoke(builder, "serviceKey", emulator.serviceKey());
      Method build = builder.getClass().getMethod("build");
      build.trySetAccessible();
      return build.invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new ParameterResolutionException("Cannot build " + clientClass.getName() + " for the emulator", e);
    }
  }

  private static Object invoke(Object target, String name, String argument) throws ReflectiveOperationException {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        Class<?> parameter = method.getParameterTypes()[0];
        if (parameter == String.class || parameter == CharSequence.class) {
          method.trySetAccessible();
          return method.invoke(target, argument);
        }
        if (parameter == java.net.URI.class) {
          return method.invoke(target, java.net.URI.create(argument));
        }
      }
    }
    // Fall back to a static factory such as Secret.of(String) for secret-typed parameters.
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        Class<?> parameter = method.getParameterTypes()[0];
        for (String factory : new String[] {"of", "valueOf", "from"}) {
          try {
            Method create = parameter.getMethod(factory, String.class);
            if (Modifier.isStatic(create.getModifiers())) {
              return method.invoke(target, create.invoke(null, argument));
            }
          } catch (NoSuchMethodException ignored) {
            // try the next factory name
          }
        }
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name + "(String)");
  }
}
