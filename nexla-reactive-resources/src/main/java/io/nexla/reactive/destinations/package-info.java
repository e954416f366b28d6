/** The destinations resource group: its client and models. */
@NullMarked
package io.nexla.reactive.destinations;

import org.jspecify.annotations.NullMarked;
