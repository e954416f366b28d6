/** The dataschemas resource group: its client and models. */
@NullMarked
package io.nexla.reactive.dataschemas;

import org.jspecify.annotations.NullMarked;
