/** The transforms resource group: its client and models. */
@NullMarked
package io.nexla.reactive.transforms;

import org.jspecify.annotations.NullMarked;
