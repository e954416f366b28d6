package io.nexla.reactive.common;

import io.nexla.reactive.internal.ResourceOperations;

/**
 * Implemented by group clients whose collection follows the generic Nexla template. The capability interfaces
 * ({@link Listable}, {@link Gettable}, …) build on it, so each generic operation is written once.
 *
 * @param <T> the collection's model
 */
public interface HasResourceOperations<T> {

  /** The generic operations of this collection. Not for application use; may change without notice. */
  ResourceOperations<T> resourceOperations();
}
