/** The nexsets resource group: its client and models. */
@NullMarked
package io.nexla.reactive.nexsets;

import org.jspecify.annotations.NullMarked;
