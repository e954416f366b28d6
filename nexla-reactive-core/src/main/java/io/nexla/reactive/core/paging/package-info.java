/** Lazy, demand-driven pagination: {@code PagedFlux}. */
@NullMarked
package io.nexla.reactive.core.paging;

import org.jspecify.annotations.NullMarked;
