/** Pushing records into webhook sources. */
@NullMarked
package io.nexla.reactive.webhooks;

import org.jspecify.annotations.NullMarked;
