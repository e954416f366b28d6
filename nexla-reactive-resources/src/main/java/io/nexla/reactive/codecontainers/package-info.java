/** The codecontainers resource group: its client and models. */
@NullMarked
package io.nexla.reactive.codecontainers;

import org.jspecify.annotations.NullMarked;
