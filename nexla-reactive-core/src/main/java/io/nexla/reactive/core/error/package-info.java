/** Exceptions signalled by the Nexla client: one unchecked root, {@link io.nexla.reactive.core.error.NexlaException}. */
@NullMarked
package io.nexla.reactive.core.error;

import org.jspecify.annotations.NullMarked;
