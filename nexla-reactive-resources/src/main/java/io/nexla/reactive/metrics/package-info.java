/** The metrics resource group: its client and models. */
@NullMarked
package io.nexla.reactive.metrics;

import org.jspecify.annotations.NullMarked;
