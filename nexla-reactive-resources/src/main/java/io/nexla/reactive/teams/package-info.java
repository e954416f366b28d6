/** The teams resource group: its client and models. */
@NullMarked
package io.nexla.reactive.teams;

import org.jspecify.annotations.NullMarked;
