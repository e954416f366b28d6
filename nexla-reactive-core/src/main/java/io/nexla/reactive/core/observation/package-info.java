/** Micrometer observation of client operations. */
@NullMarked
package io.nexla.reactive.core.observation;

import org.jspecify.annotations.NullMarked;
