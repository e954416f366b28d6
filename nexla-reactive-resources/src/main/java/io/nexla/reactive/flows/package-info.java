/** The flows resource group: its client and models. */
@NullMarked
package io.nexla.reactive.flows;

import org.jspecify.annotations.NullMarked;
