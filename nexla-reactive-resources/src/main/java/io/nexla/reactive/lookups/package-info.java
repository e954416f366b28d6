/** The lookups resource group: its client and models. */
@NullMarked
package io.nexla.reactive.lookups;

import org.jspecify.annotations.NullMarked;
