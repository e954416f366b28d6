/** The Nexla reactive client: {@link io.nexla.reactive.NexlaClient} and its builder. */
@NullMarked
package io.nexla.reactive;

import org.jspecify.annotations.NullMarked;
