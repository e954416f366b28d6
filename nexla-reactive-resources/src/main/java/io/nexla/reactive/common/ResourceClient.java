package io.nexla.reactive.common;

import io.nexla.reactive.internal.ResourceOperations;

/**
 * Base of the group clients bound to one collection of the generic Nexla template: holds the collection's
 * {@link ResourceOperations}, which the capability interfaces ({@link Listable}, {@link Gettable}, …) use.
 *
 * @param <T> the collection's model
 * @param <C> the concrete client type
 */
public abstract class ResourceClient<T, C extends ResourceClient<T, C>> extends GroupClient<C>
    implements HasResourceOperations<T> {

  /** The generic operations of the collection, for the group's own calls. */
  protected final ResourceOperations<T> ops;

  /**
   * @param group operation-name prefix, e.g. {@code sources}
   * @param collectionPath collection path, e.g. {@code /data_sources}
   * @param type the collection's model
   */
  protected ResourceClient(ClientHandle context, String group, String collectionPath, Class<T> type) {
    super(context);
    this.ops = new ResourceOperations<>(context(), group, collectionPath, type);
  }

  @Override
  public final ResourceOperations<T> resourceOperations() {
    return ops;
  }
}
