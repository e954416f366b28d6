package io.nexla.reactive.common;

/**
 * Every generic operation of a Nexla collection: list, get, create, update, delete, activate, pause, copy, audit
 * log and access control.
 *
 * @param <T> item model
 * @param <C> create request
 * @param <U> update request
 * @param <O> copy options
 */
public interface StandardResource<T, C, U, O>
    extends Listable<T>, Gettable<T>, Creatable<T, C>, Updatable<T, U>, Deletable<T>, Lifecycle<T>,
        Copyable<T, O>, Audited<T>, AccessControlled<T> {}
