/** The marketplace resource group: its client and models. */
@NullMarked
package io.nexla.reactive.marketplace;

import org.jspecify.annotations.NullMarked;
