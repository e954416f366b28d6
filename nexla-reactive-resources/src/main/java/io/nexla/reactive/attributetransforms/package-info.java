/** Reusable attribute transforms ({@code /attribute_transforms}): client and models. */
@NullMarked
package io.nexla.reactive.attributetransforms;

import org.jspecify.annotations.NullMarked;
