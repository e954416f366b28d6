/** The doccontainers resource group: its client and models. */
@NullMarked
package io.nexla.reactive.doccontainers;

import org.jspecify.annotations.NullMarked;
