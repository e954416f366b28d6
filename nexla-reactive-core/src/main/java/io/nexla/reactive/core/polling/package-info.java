/** Long-running operations followed as a reactive stream: {@code Poller}. */
@NullMarked
package io.nexla.reactive.core.polling;

import org.jspecify.annotations.NullMarked;
