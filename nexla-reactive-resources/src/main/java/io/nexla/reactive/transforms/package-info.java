/** Reusable record transforms ({@code /transforms}): client and models. */
@NullMarked
package io.nexla.reactive.transforms;

import org.jspecify.annotations.NullMarked;
