/** Retry, backoff, Retry-After handling and client-side rate limiting. */
@NullMarked
package io.nexla.reactive.core.retry;

import org.jspecify.annotations.NullMarked;
