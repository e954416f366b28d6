package io.nexla.reactive.redis;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Starts one {@link RedisServer} per test class (a real {@code redis-server}) and injects it as a parameter. */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RedisServer.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    RedisServer server = new RedisServer();
    server.start();
    context.getStore(NAMESPACE).put(RedisServer.class, server);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    RedisServer server = context.getStore(NAMESPACE).get(RedisServer.class, RedisServer.class);
    if (server != null) {
      server.stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RedisServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).get(RedisServer.class, RedisServer.class);
  }
}
